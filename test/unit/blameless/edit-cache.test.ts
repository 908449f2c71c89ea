import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { blamelessAnalysis, blamelessBlocksRead } from '../../../server/src/analysis/model/blameless/index';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { IncrementalParser } from '../../../server/src/analysis/parse/incremental';
import { generatePostmortem } from '../../bench/generate';

const PATH = 'postmortems/typing.md';

/** The middle of the prose line (a plain sentence) nearest the middle of the text. */
function proseOffset(text: string): number {
  let offset = 0;
  let best = -1;
  for (const line of text.split('\n')) {
    if (/^[A-Z][a-z].{30,}$/.test(line) && (best < 0 || Math.abs(offset - text.length / 2) < Math.abs(best - text.length / 2)))
      best = offset + Math.floor(line.length / 2);
    offset += line.length + 1;
  }
  assert.ok(best >= 0, 'the generated document has a prose line');
  return best;
}

/** The blameless analysis of `text` from scratch: a full parse, every block read. */
function fresh(text: string) {
  const settings = defaultSettings();
  return blamelessAnalysis(analyzeDocument(text, PATH, settings), settings);
}

describe('blameless analysis while typing', () => {
  it('reads only the edited block, though the parser hands the rest of its segment over as new nodes', () => {
    const settings = defaultSettings();
    const parser = new IncrementalParser();
    const text = generatePostmortem({ lines: 400, seed: 21 });
    let previous = analyzeDocument(text, PATH, settings, (t) => parser.parse(t));
    blamelessAnalysis(previous, settings);
    const at = proseOffset(text);
    // Typing a letter, deleting one, and typing blame that the next reading must report.
    for (const edited of [
      text.slice(0, at) + 'x' + text.slice(at),
      text.slice(0, at) + text.slice(at + 1),
      `${text.slice(0, at)} Bob forgot the rollback. ${text.slice(at)}`,
    ]) {
      const old = new Set<object>(previous.root.children);
      const doc = analyzeDocument(edited, PATH, settings, (t) => parser.parse(t));
      const renewed = doc.root.children.filter((node) => !old.has(node)).length;
      // The case this test is about: the edited segment holds more blocks than the one edited.
      assert.equal(parser.stats.parsed, 1);
      assert.ok(renewed > 1, `only ${renewed} new block nodes`);
      const read = blamelessBlocksRead();
      const analysis = blamelessAnalysis(doc, settings);
      assert.equal(blamelessBlocksRead() - read, 1, `${renewed} new block nodes`);
      assert.deepStrictEqual(analysis, fresh(edited));
      if (edited.includes('Bob forgot the rollback')) assert.ok(analysis.blame.some((h) => h.phrase.includes('Bob forgot')));
      previous = doc;
    }
  });
});
