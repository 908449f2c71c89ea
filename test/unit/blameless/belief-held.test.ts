import { itReadsForms, type BlameForms } from '../../support/blame-forms';

/**
 * A belief of a named person, a role or a group told as what happened: what they thought,
 * assumed or believed puts the failure on their grasp of it. The same verbs said by the authors
 * ("we assumed", "I thought"), of a thing, of customers, as a first guess of the investigation,
 * as the reason for an act, as a measure, denied, or of a duty taken on stay quiet. Every
 * sentence here is our own.
 */
const FORMS: BlameForms = {
  "a person's belief told as what happened": {
    blame: [
      'The developer writing the patch thought the hook only ran on merged code.',
      'The engineer approving the change thought the same.',
      'Our maintainers assumed that since the key was set, the job would pick it up.',
      'Dana assumed the replica was already promoted.',
      'The reviewers believed the rename was safe to ship on a Friday.',
      '@okafor believed that the old endpoint had no callers left.',
      'The release manager wrongly assumed the freeze had ended.',
      // Ugly input: wrapped, shouted, with code.
      'THE OPERATOR ASSUMED THE BACKUP HAD FINISHED.',
      'The contractor thought `--force` skipped only the prompt.',
    ],
    clean: [
      // The authors: their belief is the system's lesson.
      'We assumed that the provider would warn us before a reboot.',
      'I thought the cache was warm.',
      'It must be the firewall, I thought.',
      'We still believed that every service had moved to the new region.',
      // A thing, and people the failure happened to.
      'The tests assumed they could drop any schema they reached.',
      'The importer assumed every row had an id.',
      'Customers thought the shop was closed.',
      'Many users believed their accounts had been taken over.',
      // The investigation's first guesses.
      'The team initially thought the disk was the cause.',
      'The on-call engineer thought it was a routing problem and paged the network team.',
      'Sam thought that the issue was in the proxy.',
      'At first the SRE team believed the problem lay with the vendor.',
      // A reason for an act, a measure, a denial, a duty taken on, a question.
      'Sam paged the storage team because she thought the volume was full.',
      'The rebuild took longer than the engineer thought.',
      'Nobody thought the flag was global.',
      'The reviewer never assumed the branch was protected.',
      'Dana assumed the role of incident commander at 10:05.',
      'The on-call engineer assumed responsibility for updates.',
      'Who thought this was a good idea?',
      'The team thought about the rollout plan for a week.',
      'The team thought otherwise.',
      '',
      'thought',
      'The engineer thought',
    ],
  },
};

describe('blameless: a belief held by a person', () => {
  itReadsForms(FORMS);
});
