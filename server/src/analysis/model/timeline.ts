/** The timeline parser lives in `timeline/`; this module keeps the entry point the model builder imports. */
export { extractTimeline, computeMetrics, milestoneEntries, minutesBetween } from './timeline/extract';
