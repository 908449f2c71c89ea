import type { Feature } from '../server';
import { actionItemsFeature } from './action-items';
import { modelFeature } from './model';

/** Every server feature beyond diagnostics and fixes. Add new ones here. */
export const FEATURES: readonly Feature[] = [modelFeature, actionItemsFeature];
