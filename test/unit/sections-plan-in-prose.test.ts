/**
 * A section of the lessons or of the response whose prose tells the changes made or promised
 * against a repeat is the action items too; a "Resolution" that tells only the work ahead is the
 * plan alone. Look-alikes (advice, a warning that it may happen again, a report with its own plan,
 * a recovery told as done) keep the heading's own reading. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { sectionReader } from './helpers/sections';

const { analyse, sectionOf } = sectionReader();

const OPENING = '# Mail delays\n\n## Summary\n\nOutgoing mail was held for forty minutes on Tuesday while a provider applied our record changes.\n';

describe('the plan told in the prose of the lessons or the response', () => {
  it('reads lessons that tell changes made or promised against a repeat as the action items too', () => {
    const bodies = [
      'We now own the mail records ourselves, so a slow provider cannot hold us up for long if the same thing happens again.',
      'Every record change will go through a review against the provider limits before it is sent, so that this does not recur.',
      "We'll keep a second provider warm in future; the switch takes minutes.",
    ];
    for (const body of bodies) {
      const section = sectionOf(`${OPENING}\n## Lessons learned\n\n${body}\n`, 'Lessons learned');
      assert.deepEqual(section.kinds, ['lessons-learned', 'action-items'], body);
      assert.equal(section.planInProse, true, body);
      assert.match(section.because.join(' '), /against a repeat/);
    }
  });

  it('reads a response that tells the changes made to lower the risk as the resolution and the action items', () => {
    const body = [
      'We revoked the exposed key within the hour and read the audit log for any use of it.',
      'Changes have been made to lower the risk of future leaks: images are now built from clean checkouts only.',
    ].join('\n\n');
    const section = sectionOf(`${OPENING}\n## Response\n\n${body}\n`, 'Response');
    assert.deepEqual(section.kinds, ['resolution', 'action-items']);
  });

  it('reads a resolution that tells only the work ahead as the plan', () => {
    const body = 'We are weighing a read-only mode that would keep similar outages from taking the whole site down in the future.';
    const section = sectionOf(`${OPENING}\n## Resolution\n\n${body}\n`, 'Resolution');
    assert.deepEqual(section.kinds, ['action-items']);
    assert.equal(section.planInProse, undefined);
  });

  it('keeps the action items the lessons held as the lessons are read', () => {
    const body = 'We will check every record change against the provider limits before it is sent, so that this does not recur.';
    const model = analyse(`${OPENING}\n## Lessons learned\n\n${body}\n`);
    const plain = analyse(`${OPENING}\n## Lessons learned\n\n${body.replace('so that this does not recur', 'as a habit')}\n`);
    assert.equal(model.actionItems.length, 1);
    assert.equal(model.actionItems.length, plain.actionItems.length);
  });

  it('leaves advice, warnings and recovery as they are', () => {
    const lessons = [
      'In the future we should watch the provider queue more closely.',
      'If nothing changes, this will happen again the next time we move a domain.',
      'We learned that record changes are slow to apply, and that similar issues have hit other teams.',
    ];
    for (const body of lessons) assert.deepEqual(sectionOf(`${OPENING}\n## Lessons learned\n\n${body}\n`, 'Lessons learned').kinds, ['lessons-learned'], body);
    const recovered = 'We restarted the mail queue and restored delivery by 10:40.';
    assert.deepEqual(sectionOf(`${OPENING}\n## Resolution\n\n${recovered}\n`, 'Resolution').kinds, ['resolution']);
    // What the fix makes easier later is no promise of work.
    const eased = 'We renamed the queue key and restarted the workers. Telling old entries from new ones will be easier in the future.';
    assert.deepEqual(sectionOf(`${OPENING}\n## Resolution\n\n${eased}\n`, 'Resolution').kinds, ['resolution']);
  });

  it('gives way to a section of the report named as the plan', () => {
    const text = `${OPENING}\n## Lessons learned\n\nWe will review every record change against the provider limits, so that this does not recur.\n\n## Action items\n\n- Add a limit check to the record tool\n- Keep a second provider warm\n`;
    const section = sectionOf(text, 'Lessons learned');
    assert.deepEqual(section.kinds, ['lessons-learned']);
    assert.equal(section.planInProse, undefined);
  });

  it('reads a list under the lessons, an empty section and odd prose without a plan in prose', () => {
    const listed = `${OPENING}\n## Lessons learned\n\n- We will review record changes so that this does not recur\n- Provider limits matter\n`;
    assert.notEqual(sectionOf(listed, 'Lessons learned').planInProse, true);
    assert.deepEqual(sectionOf(`${OPENING}\n## Lessons learned\n`, 'Lessons learned').kinds, ['lessons-learned']);
    const odd = `${OPENING}\n## Lessons learned\n\n${'in the future. will. again? '.repeat(2000)}\n`;
    assert.deepEqual(sectionOf(odd, 'Lessons learned').kinds, ['lessons-learned']);
  });
});
