/**
 * A report that lost its heading markers (a blog page kept as text): its plan is titled by a plain
 * line ("So, what now?"), and each piece of work in it by a plain line of its own ("Add a second
 * relay"), the prose under it telling why and how. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';

function read(text: string) {
  return analyzeDocument(text, 'notes/relay-night.md', defaultSettings()).model;
}
const items = (text: string) => read(text).actionItems.map((i) => [i.line, i.text]);

// Prose written a paragraph a line, as a page stored as text is: each line is long.
const long = (words: string) =>
  `${words} ${'The club relay kept its old queue, and the night shift watched it drain while the graphs settled back.'.repeat(2)}`;

const plan = (parts: string[]) =>
  [
    long('This post tells how the mail relay of our club fell over on a Sunday.'),
    'Summary',
    '',
    long('The relay was down for two hours and about forty members got no mail.'),
    'relay-graph',
    'So, what now?',
    '',
    ...parts,
    'Closing remarks',
    '',
    long('We learned that one relay is not enough.'),
  ].join('\n');

describe('action items: the parts of a plan titled by plain lines', () => {
  it('reads each verb-led title of the plan as an item, glued under a long line or an image name, and its prose as its description', () => {
    const text = plan([
      long('So far the story; here is what comes next for the relay.'),
      'Add a second relay',
      '',
      long('When the first relay stops, the members will be sent to the second one at once.'),
      '',
      'Track the queue length every minute.',
      '',
      long('Had we watched it, we would have seen the flood an hour sooner.'),
      'queue-chart',
      'Page the on-call when the queue passes a thousand mails.',
      '',
      long('The pager will then ring before the members notice anything.'),
    ]);
    assert.deepEqual(items(text), [
      [8, 'Add a second relay'],
      [12, 'Track the queue length every minute'],
      [16, 'Page the on-call when the queue passes a thousand mails'],
    ]);
  });

  it('reads a part done when its prose, to the next title, reports the work done and promises none', () => {
    const text = plan([
      'Add a second relay',
      '',
      long('It will take the load when the first one stops.'),
      'Page the on-call when the queue passes a thousand mails.',
      '',
      long('This matters most at night.'),
      'pager-screenshot',
      '',
      long('Since then I have set up the pager for the whole club.'),
    ]);
    assert.deepEqual(
      read(text).actionItems.map((i) => [i.text, i.done]),
      [
        ['Add a second relay', false],
        ['Page the on-call when the queue passes a thousand mails', true],
      ],
    );
  });

  it('reads no title in a line glued under a short wrapped line, a question, a long line or a line that is no task', () => {
    for (const line of [
      'Why did the relay stop?',
      'The relay is back now',
      'Add a second relay, then a third one, and move the queue to the new disk before winter comes',
      'Add one relay. Then another.',
    ]) {
      const text = plan(['We thought about it for a week.', line, '', 'We will add a second relay before the winter.']);
      assert.ok(!items(text).some(([, t]) => String(t).startsWith(line.replace(/[.!?]$/, ''))), line);
    }
    // Glued under a wrapped line of a paragraph, a short line ends its sentence: no title.
    const wrapped = plan(['We thought about it for a week and', 'Add a second relay', '', 'It will take a month.']);
    assert.ok(!items(wrapped).some(([, t]) => t === 'Add a second relay'));
  });

  it('reads such lines only in a plan titled by a plain line', () => {
    const headed = ['# Relay down', '', '## What now', '', 'Add a second relay', '', long('The members will be sent to it at once.')].join('\n');
    // Under a Markdown heading the plan is read as before: the line is a sentence of the plan, not a title.
    assert.ok(!read(headed).actionItems.some((i) => i.shape === 'heading'));
    // Outside the plan, a verb-led line is prose of the story.
    const story = plan(['We will add a second relay.', '']).replace('relay-graph', 'Restart the relay');
    assert.ok(!items(story).some(([, t]) => t === 'Restart the relay'));
  });
});
