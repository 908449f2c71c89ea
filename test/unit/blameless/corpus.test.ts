import { strict as assert } from 'node:assert';
import { HOLDOUT_PATH, loadCorpus, runOurs, type CorpusCase } from '../../fixtures/blameless/load';

/** The targets on our labelled corpus. */
const MIN_RECALL = 0.9;
const MAX_FALSE_POSITIVE_RATE = 0.05;

describe('blameless corpus: recall and false-positive rate', () => {
  const cases = loadCorpus();
  const results = cases.map((c) => ({ c, r: runOurs(c.text) }));
  const blame = results.filter(({ c }) => c.label === 'blame');
  const hindsight = results.filter(({ c }) => c.label === 'hindsight');
  const clean = results.filter(({ c }) => c.label === 'clean');
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
  const list = (rows: { c: CorpusCase }[]) => rows.map(({ c }) => `  line ${c.line} [${c.kind}]: ${c.text}`).join('\n');

  it('holds at least 200 labelled sentences, with every kind of blame and look-alike', () => {
    assert.ok(cases.length >= 200, `${cases.length} cases`);
    const kinds = new Set(cases.map((c) => `${c.label}:${c.kind}`));
    for (const kind of [
      'blame:individual-judgment',
      'blame:individual-attribution',
      'blame:group-fault',
      'blame:self-fault',
      'clean:system-failure',
      'clean:joke',
      'clean:neutral-mistake',
      'clean:quote',
      'clean:code',
    ]) {
      assert.ok(kinds.has(kind), `no ${kind} cases`);
    }
  });

  it(`blaming-language finds at least ${MIN_RECALL * 100}% of blaming sentences and flags at most ${MAX_FALSE_POSITIVE_RATE * 100}% of look-alikes`, () => {
    const missed = blame.filter(({ r }) => !r.blame.length);
    const flagged = clean.filter(({ r }) => r.blame.length);
    const recall = (blame.length - missed.length) / blame.length;
    const fpr = flagged.length / clean.length;
    console.log(`      blaming-language: recall ${pct(blame.length - missed.length, blame.length)}, false positives ${pct(flagged.length, clean.length)}`);
    for (const kind of ['individual-judgment', 'individual-attribution', 'group-fault', 'self-fault']) {
      const of = blame.filter(({ c }) => c.kind === kind);
      console.log(`        ${kind}: ${pct(of.filter(({ r }) => r.blame.length).length, of.length)}`);
    }
    assert.ok(recall >= MIN_RECALL, `recall ${recall}; missed:\n${list(missed)}`);
    assert.ok(fpr <= MAX_FALSE_POSITIVE_RATE, `false-positive rate ${fpr}; flagged:\n${list(flagged)}`);
  });

  it(`hindsight-language finds at least ${MIN_RECALL * 100}% of hindsight sentences and flags at most ${MAX_FALSE_POSITIVE_RATE * 100}% of look-alikes`, () => {
    const missed = hindsight.filter(({ r }) => !r.hindsight.length);
    const flagged = clean.filter(({ r }) => r.hindsight.length);
    console.log(
      `      hindsight-language: recall ${pct(hindsight.length - missed.length, hindsight.length)}, false positives ${pct(flagged.length, clean.length)}`,
    );
    assert.ok((hindsight.length - missed.length) / hindsight.length >= MIN_RECALL, `missed:\n${list(missed)}`);
    assert.ok(flagged.length / clean.length <= MAX_FALSE_POSITIVE_RATE, `flagged:\n${list(flagged)}`);
  });
});

describe('blameless held-out sentences', () => {
  // Written after tuning; looser bounds, since the point is to see how far the tuned figures carry.
  it('keeps recall above 85% and false positives below 10% on sentences the detector was not tuned on', () => {
    const cases = loadCorpus(HOLDOUT_PATH);
    const positives = cases.filter((c) => c.label !== 'clean');
    const clean = cases.filter((c) => c.label === 'clean');
    const found = positives.filter((c) => {
      const r = runOurs(c.text);
      return c.label === 'blame' ? r.blame.length > 0 : r.hindsight.length > 0;
    });
    const flagged = clean.filter((c) => {
      const r = runOurs(c.text);
      return r.blame.length + r.hindsight.length > 0;
    });
    console.log(`      held-out: recall ${found.length}/${positives.length}, false positives ${flagged.length}/${clean.length}`);
    assert.ok(found.length / positives.length >= 0.85);
    assert.ok(flagged.length / clean.length <= 0.1, flagged.map((c) => c.text).join('\n'));
  });
});
