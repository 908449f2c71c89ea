import type { Feature } from './context';
import { actionItemHover, actionItemsFeature } from './action-items';
import { rootCauseHeadingHover } from './facts';
import { hoverFeature } from './hover';
import { modelFeature } from './model';
import { sectionHover } from './sections';
import { timelineFeature, timelineHover } from './timeline';
import { workspaceIndexFeature } from './workspace-index';

/** Every server feature beyond diagnostics and fixes. Add new ones here; hover providers go to `hoverFeature`, first answer wins. */
export const FEATURES: readonly Feature[] = [modelFeature, actionItemsFeature, workspaceIndexFeature, timelineFeature, hoverFeature([actionItemHover, timelineHover, rootCauseHeadingHover, sectionHover])];
