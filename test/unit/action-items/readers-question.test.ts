/**
 * A heading that asks what the readers should do ("What should you do?", "What can users do
 * now?") is over their steps: a lead-in there ("Our advice is to:") hands its list to them, and it
 * is no follow-up work of the authors. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { speaksToReaders } from '../../../server/src/analysis/model/action-items/plan-sections';
import { items } from './helpers';

const doc = (heading: string) =>
  [
    '# A poisoned release of our CLI',
    '',
    '## Summary',
    '',
    'Two versions of the command-line tool shipped with a script that copied tokens.',
    '',
    `## ${heading}`,
    '',
    'Our recommendations are to:',
    '',
    '1. Search your machine for the dropped script:',
    '',
    '```sh',
    'find ~ -name "helper.js"',
    '```',
    '',
    '2. Rotate every token the tool could read',
    '',
    '## Our follow-ups',
    '',
    '- [ ] Publish releases only from CI with provenance',
    '',
  ].join('\n');

describe('action items: a heading that asks what the readers should do', () => {
  it('takes no item from the advice under it', () => {
    for (const heading of ['What should you do?', 'What can users do now?', 'What should customers do about it'])
      assert.deepEqual(
        items(doc(heading)).map((i) => i.text),
        ['Publish releases only from CI with provenance'],
        heading,
      );
  });

  it('reads such headings, and not the authors’ own questions, as the readers’', () => {
    for (const h of ['What should you do?', 'What you need to do', 'What can users do now?']) assert.ok(speaksToReaders(h), h);
    for (const h of ['What should we do?', 'What we will do', 'What do we do next?', '', '?'.repeat(300)]) assert.ok(!speaksToReaders(h), h);
  });
});
