/**
 * How an action item's state is said (open, done, dropped), shared by the extension client (the
 * Action Items view and its export) and the CLI, so that both write the same words.
 */
export { droppedLabel, isClosed, isDropped, itemStatus, statusLabel, type ItemProgress } from '../analysis/model/action-item-fields';
