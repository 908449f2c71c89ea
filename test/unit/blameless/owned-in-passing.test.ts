import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * Fault the authors take on in passing: "our bad" said as the idiom, a trait something "made" them
 * have ("it made me lax"), and a bare "this is unacceptable" pointing back at the incident told in
 * the same sentence. Each beside the same words doing something else. Every sentence here is our own.
 */
const FORMS: BlameForms = {
  '"our bad" as the idiom': {
    blame: [
      'That one was our bad.',
      'Our bad, sorry about the noise.',
      'This is again our bad as the retries had no ceiling.',
      'It was entirely our bad: the limit was ours to set.',
    ],
    clean: [
      'Our bad config was rolled back within minutes.',
      'We pruned our bad actors list after the review.',
      'It was not our bad.',
      'The bad shard was ours to rebuild.',
    ],
  },
  'a trait something gave people': {
    blame: [
      'Two calm years had made me lax about testing restores.',
      'A long run of green builds left us complacent about flaky tests.',
      'Early success made the team a bit complacent about capacity.',
    ],
    clean: [
      'The new alerts made us less complacent.',
      'The migration made the checks lax for a week.',
      'The patch left the parser lax about trailing commas.',
      'Nobody was complacent about the restore drill.',
    ],
  },
  'the incident told, then called unacceptable': {
    blame: [
      'The outage went on for three hours, which is unacceptable.',
      'Finding the cause took us most of the night, so the incident ran for hours - this is completely unacceptable; paging changes next week.',
      'Our downtime reached two hours; that is simply unacceptable.',
    ],
    clean: [
      'Latency during the outage reached five seconds; this is unacceptable for checkout.',
      'If an outage runs past an hour, that is unacceptable under the contract.',
      'The error rate after the incident was two percent, which is unacceptable.',
      'Packet loss on the link rose during the outage, which is unacceptable.',
    ],
  },
};

describe('blameless: fault taken on in passing', () => {
  itReadsForms(FORMS);
});
