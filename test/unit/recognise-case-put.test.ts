/**
 * An opening that puts a case ("use this page when the queue has stopped", "if the disk was full")
 * tells nothing in the past: the verb of the past is the case's. A runbook whose outline has a
 * summary, a cause, a recovery and a follow-up is refused when its opening only puts the case it is
 * for; a report whose opening tells the failure, a clause of the same words beside it, stays taken.
 * Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { assertLinear } from '../support/growth';
import { detection, isTaken, LIST_RUNBOOK } from '../support/recognition';
import { withoutCases } from '../../server/src/analysis/model/detect';

const paragraphs = (lines: readonly string[]) => lines.map((line) => line.replace(/^- /, ''));

describe('recognising an opening that puts a case', () => {
  it('does not take the runbook written as paragraphs: a case put tells nothing in the past', () => {
    assert.equal(isTaken(paragraphs(LIST_RUNBOOK).join('\n')), false);
  });

  it('does not take it so with the case opened by "if", after a comma', () => {
    const iffy = paragraphs(LIST_RUNBOOK).map((line) =>
      line.startsWith('Use this page') ? 'Read on if the order queue has stopped draining, and the alert fired.' : line,
    );
    assert.equal(isTaken(iffy.join('\n')), false);
  });

  it('takes the same outline when its opening tells the failure beside a clause that puts a case', () => {
    const report = paragraphs(LIST_RUNBOOK).map((line) =>
      line.startsWith('Use this page') ? 'The order queue stopped draining on Monday night, when a worker lost its database connection.' : line,
    );
    assert.equal(detection(report.join('\n')), 'content');
  });

  it('blanks the clauses that put a case, and only them', () => {
    assert.equal(withoutCases('Use this when it stopped, then restart it.').includes('stopped'), false);
    assert.ok(withoutCases('It stopped on Monday.').includes('stopped'));
  });

  it('blanks the cases of a 200 KB opening in time linear in its size', function () {
    this.timeout(60_000);
    const opening = (n: number) => 'when the queue stopped, if it was full; unless it broke '.repeat(n);
    assert.ok(opening(4000).length > 200_000);
    assertLinear('an opening of cases', opening, withoutCases);
    assertLinear('a case with no end of clause', (n) => 'if ' + 'a'.repeat(n * 40), withoutCases);
  });
});
