import { strict as assert } from 'node:assert';
import { categoriesOf as cats, triggerOf as trigger, withSections } from '../../support/causes';
import { assertLinear } from '../../support/growth';

type Part = [string, ...string[]];

const doc = withSections('Outage of the parcel tracker');

describe('facts: parts that tell what did not set the incident off', () => {
  it('does not read a part on why the failure was not caught sooner for the trigger', () => {
    // A bold label alone on its line, then its list.
    const label: Part = [
      'What went wrong',
      'The resolver sent its lookups back to itself and stopped answering.',
      '',
      '**Why it was not caught sooner:**',
      '- The installer finished cleanly (the resolver deployed)',
      '- The crash came a minute later',
    ];
    assert.equal(trigger(...doc(label)), null);
    // The same list told as what happened is read.
    assert.equal(trigger(...doc(['What went wrong', 'The resolver was deployed with a loop in it and stopped answering.'])), 'change');
    // A sub-heading asking it, nested in the root cause.
    const nested = [
      '# Outage of the parcel tracker',
      '',
      '## Root cause',
      '',
      'The label printer queue filled up with one stuck job.',
      '',
      "### Why it wasn't caught",
      '',
      'The new build we deployed that morning had its checks turned off, so no one looked.',
    ];
    assert.equal(trigger(...nested), null);
    // Its words still tell the factors.
    const factors: Part = [
      'What went wrong',
      '**Why it was not caught sooner:**',
      '- No alert fired for the stuck queue.',
      '- Nobody was paged until a courier called.',
    ];
    assert.deepEqual(cats(...doc(factors)), ['tooling_failure']);
  });

  it('does not read a hypothesis or a suspect ruled out for the trigger', () => {
    const hypotheses: Part = [
      'Investigation',
      '**Hypothesis 1: broken build** - RULED OUT',
      '- Deployed v2.3.1 to a fresh copy of the app',
      '- The fresh copy failed the same way',
      '',
      '**Hypothesis 2: the storage account** - CONFIRMED',
      '- The storage account key had been rotated away',
    ];
    assert.notEqual(trigger(...doc(['Root cause', 'The tracker stopped answering.'], hypotheses)), 'change');
    const heading = withSections('Outage of the parcel tracker')(
      ['Root cause', 'A host failure took the tracker down; its disk controller died.'],
      ['Not the cause', 'The release we upgraded to that week; it ran fine on the other hosts.'],
    );
    assert.equal(trigger(...heading), 'infrastructure');
    const numbered: Part = [
      'What happened',
      '**1. Ruled out the release.**',
      'The upgrade we rolled out on Monday ran cleanly on the spare box.',
      '',
      '**2. Found the cause.**',
      'The power supply of the tracker host failed twice in an hour.',
    ];
    assert.equal(trigger(...doc(numbered)), 'infrastructure');
    // Without the label, the release is read as before.
    assert.equal(trigger(...doc(['What happened', 'The upgrade we rolled out on Monday broke the tracker.'])), 'change');
  });

  it('ends the part at a blank line or the next bold label', () => {
    const lines: Part = [
      'What went wrong',
      '**Why it was not caught sooner:** the dashboards were green.',
      '',
      'The release we deployed on Monday broke the parcel lookups.',
    ];
    assert.equal(trigger(...doc(lines)), 'change');
    const next: Part = [
      'What went wrong',
      '**Why it was not caught sooner:**',
      '- dashboards were green',
      '**Cause:**',
      '- the release we deployed on Monday broke the lookups',
    ];
    assert.equal(trigger(...doc(next)), 'change');
  });

  it('reads ugly input without failing', () => {
    assert.doesNotThrow(() => trigger(...doc(['What went wrong', '****', '**', '** **', '**Why it was not caught sooner:**'])));
    assert.doesNotThrow(() => trigger(...doc(['What went wrong', `**${'why '.repeat(200)}**`, '__ruled out__', '- **red herring** -'])));
  });

  it('reads in time linear in the length of the labels and the headings', () => {
    const labels = (n: number) => {
      const lines: Part = ['What went wrong'];
      for (let i = 0; i < n; i++) lines.push(`**Why it was not caught sooner ${i}:**`, `- the release was deployed ${'x '.repeat(20)}`);
      return doc(lines);
    };
    assertLinear('many aside labels', labels, (args) => trigger(...args));
    const heading = (n: number) => doc([`Why ${'why not '.repeat(n)} caught`, 'The release was deployed.'], [`**${'ruled '.repeat(n)}**`, 'x']);
    assertLinear('a long aside heading and label', heading, (args) => trigger(...args));
  });
});
