import { factsOf } from '../analysis/model/facts/index';
import { sectionsOfKind } from '../analysis/model/facts/passages';
import { docsPath, type Rule } from './types';

const NEXT_WHY = 'Ask the next why: what allowed this action to reach production, and what would have stopped it?';

const rule: Rule = {
  meta: {
    id: 'root-cause-depth',
    description: 'The root cause stops at a person or "human error", or is a single cause with no why behind it and no gap in the system named.',
    defaultSeverity: 'hint',
    fixable: false,
    docs: docsPath('root-cause-depth'),
    templates: 'skip',
  },
  check(context) {
    const { doc, settings } = context;
    const section = sectionsOfKind(doc, 'root-cause').find((s) => !s.empty);
    if (!section) return;
    const shape = factsOf(doc, settings).rootCause;
    if (!shape) return;
    let message: string | null = null;
    if (shape.whys && shape.whys.lastAnswerAbout === 'person') {
      message = `The chain of whys ends at a person ("${shape.whys.lastAnswer.slice(0, 80)}"). ${NEXT_WHY}`;
    } else if (!shape.whys && shape.blamesPerson) {
      message = `The root cause stops at a person. ${NEXT_WHY}`;
    } else if (!shape.whys && !shape.explained && !shape.namesGap && shape.sentences <= 1) {
      // One sentence that names the gap ("The consumer had no way to set a bad message aside") is
      // where the whys end: only a cause told as an event with nothing behind it is reported.
      message = `The root cause names one cause with no why behind it. ${NEXT_WHY}`;
    }
    if (message) context.report({ message, start: section.heading.start, end: section.heading.end });
  },
};

export default rule;
