import { blamelessAnalysis, type DocumentHit, type HindsightHit } from '../analysis/model/blameless/index';
import { PHRASE_RULE_OPTIONS, quotedPhrase, reportedPhrases } from './phrase-options';
import { docsPath, type Rule } from './types';

const ID = 'hindsight-language';

function message(h: DocumentHit<HindsightHit>, docText: string): string {
  const phrase = quotedPhrase(h, docText);
  switch (h.hit.form) {
    case 'should-have':
      return `"${phrase}" judges the past with knowledge nobody had at the time. Describe what people saw and knew then, why their actions made sense, and what would make the safer path easier.`;
    case 'obviously':
      return `"${phrase}" says the answer was plain to see; it became plain only afterwards. State the fact without the judgment, and say what hid it at the time.`;
    case 'just-had-to':
      return `"${phrase}" makes the right action sound trivial; it was not at the time. Say what made it hard to see or to do.`;
    default:
      return `"${phrase}" describes a past that did not happen. Write what did happen and which signal or safeguard was missing, and turn the alternative into an action item.`;
  }
}

const rule: Rule = {
  meta: {
    id: ID,
    description:
      'Reports hindsight and counterfactuals ("should have", "could have … if", "would have been avoided", "obviously", "just had to") that judge the past with knowledge nobody had then.',
    defaultSeverity: 'hint',
    fixable: false,
    docs: docsPath(ID),
    templates: 'check',
    options: PHRASE_RULE_OPTIONS,
  },
  check(context) {
    for (const h of reportedPhrases(blamelessAnalysis(context.doc, context.settings).hindsight, context.options)) {
      context.report({
        message: message(h, context.doc.text),
        start: h.start,
        end: h.end,
        fixes: [
          { title: `Allow "${h.phrase}" in this workspace`, kind: 'suppress', edits: [], configEdit: { path: ['rules', ID, 'allow'], append: h.phrase } },
        ],
      });
    }
  },
};

export default rule;
