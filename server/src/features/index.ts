import type { Feature } from './context';
import { actionItemHover, actionItemsFeature } from './action-items';
import { rootCauseHeadingHover } from './facts';
import { hoverFeature } from './hover';
import { modelFeature } from './model';
import { sectionHover } from './sections';
import { codeLensFeature } from './code-lens';
import { relatedFeatures } from './related';
import { timelineFeature, timelineHover, timelineLens } from './timeline';
import { workspaceIndexFeature } from './workspace-index';

/** Every server feature beyond diagnostics and fixes. Add new ones here; hover providers go to `hoverFeature` (first answer wins), lens providers to `codeLensFeature`. */
const related = relatedFeatures();

export const FEATURES: readonly Feature[] = [
  modelFeature,
  actionItemsFeature,
  workspaceIndexFeature,
  related.feature,
  timelineFeature,
  hoverFeature([actionItemHover, timelineHover, rootCauseHeadingHover, sectionHover]),
  codeLensFeature([timelineLens, related.lens]),
];
