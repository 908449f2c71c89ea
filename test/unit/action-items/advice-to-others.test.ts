/**
 * A line that hands its list to people other than the authors as advice ("Here are some
 * recommendations for registry maintainers and their users:") introduces no work of the authors, though
 * the word "recommendations" names a plan: the list is the others' to do. Every document here is
 * written for the test.
 */
import { strict as assert } from 'node:assert';
import type { RootContent } from 'mdast';
import { advisesReaders } from '../../../server/src/analysis/model/action-items/lead-ins';
import { itemTexts as texts } from './helpers';

function paragraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

const ADVICE = [
  'Looking back, here are some recommendations for package maintainers and users:',
  '',
  '- Package maintainers should turn on two-factor sign-in for the registry.',
  '- Library authors should limit who can publish.',
  '- Application developers should commit a lockfile.',
];

function document(heading: string, body: string[]): string {
  return [
    '# Hijacked package',
    '',
    '## Summary',
    '',
    'A package was published from a stolen account.',
    '',
    `## ${heading}`,
    '',
    ...body,
    '',
    '## Timeline',
    '',
    '- 10:00 the package was published.',
    '',
  ].join('\n');
}

describe('action items: advice handed to other parties', () => {
  it('takes no items from a list of recommendations for others, under any heading', () => {
    assert.deepEqual(texts(document('Recommendations', ADVICE)), []);
    assert.deepEqual(texts(document('A word to other projects', ADVICE)), []);
    assert.deepEqual(texts(document('Action items', ['- Move publishing to the pipeline.', '', ...ADVICE])), ['Move publishing to the pipeline.']);
  });

  it('still reads a list of recommendations for the future or for the team', () => {
    const text = document('Recommendations', [
      'Our recommendations for the team going forward:',
      '',
      '- Require two reviewers on release pull requests.',
      '- Rotate the publish token every month.',
    ]);
    assert.deepEqual(texts(text), ['Require two reviewers on release pull requests.', 'Rotate the publish token every month.']);
  });

  it('tells a lead-in of advice to others from one of the plan', () => {
    assert.ok(advisesReaders(paragraph('Here are some recommendations for registry maintainers and their users:')));
    assert.ok(advisesReaders(paragraph('Some tips for other operators of a mirror:')));
    assert.ok(advisesReaders(paragraph('Our advice to fellow maintainers, in short:')));
    assert.ok(!advisesReaders(paragraph('Our recommendations for the future:')));
    assert.ok(!advisesReaders(paragraph('Recommendations for the release team:')));
    assert.ok(!advisesReaders(paragraph('We have recommendations for maintainers. Here is what we will do:')));
  });
});

describe("action items: a case of the reader's and what to do in it", () => {
  const plan = (entries: string[]) => document('Remediations', ['What we are changing:', '', ...entries]);

  it('takes no item from an entry that opens on "If you …" and says what to do then', () => {
    assert.deepEqual(
      texts(
        plan([
          '- Turn off agent forwarding on every bastion.',
          '- If you need to hop through a bastion, use a jump host instead.',
          '- If you only want to read a public repository, clone it over https.',
          '- If you run a private mirror, you should drop the tampered builds.',
          '- Rotate the deploy keys.',
        ]),
      ),
      ['Turn off agent forwarding on every bastion.', 'Rotate the deploy keys.'],
    );
  });

  it('keeps the authors’ own work, whatever case it names', () => {
    assert.deepEqual(
      texts(
        plan([
          '- If the disk fills up again, page the storage rota.',
          '- Add a warning when you push to a protected branch.',
          '- If you want, we will add a form for reports.',
          '- [ ] If you run a mirror, re-sync it after the fix.',
        ]),
      ),
      [
        'If the disk fills up again, page the storage rota.',
        'Add a warning when you push to a protected branch.',
        'If you want, we will add a form for reports.',
        'If you run a mirror, re-sync it after the fix.',
      ],
    );
  });
});
