import type { Feature } from '../server';
import { actionItemsFeature } from './action-items';
import { modelFeature } from './model';
import { workspaceIndexFeature } from './workspace-index';

/** Every server feature beyond diagnostics and fixes. Add new ones here. */
export const FEATURES: readonly Feature[] = [modelFeature, actionItemsFeature, workspaceIndexFeature];
