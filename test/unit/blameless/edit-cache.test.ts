import { strict as assert } from 'node:assert';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { blamelessAnalysis, blamelessWork } from '../../../server/src/analysis/model/blameless/index';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { IncrementalParser, isSegmented, treeSegments } from '../../../server/src/analysis/parse/incremental';
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
  it('a tree parsed whole is not segmented (its blocks get no keys), and a document read whole then typed reads as a fresh one', () => {
    const settings = defaultSettings();
    const text = generatePostmortem({ lines: 400, seed: 33 });
    const whole = analyzeDocument(text, PATH, settings);
    assert.equal(isSegmented(whole.root), false);
    blamelessAnalysis(whole, settings);
    // The same text, then edits, through an incremental parser: nothing of the whole reading may be taken for a block that went.
    const parser = new IncrementalParser();
    const at = proseOffset(text);
    for (const version of [text, `${text.slice(0, at)}x${text.slice(at)}`, `${text.slice(0, at)} Sam forgot to drain the queue.${text.slice(at)}`, text]) {
      const doc = analyzeDocument(version, PATH, settings, (t) => parser.parse(t));
      assert.equal(isSegmented(doc.root), true);
      assert.deepStrictEqual(blamelessAnalysis(doc, settings), fresh(version));
    }
    // A text of one segment comes back parsed whole by the incremental parser too.
    const short = '# Post-mortem: Short\n\nSam forgot the restart.\n';
    const once = analyzeDocument(short, PATH, settings, (t) => new IncrementalParser().parse(t));
    assert.equal(isSegmented(once.root), false);
    assert.deepStrictEqual(blamelessAnalysis(once, settings), fresh(short));
  });

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
      const read = blamelessWork().blocksRead;
      const analysis = blamelessAnalysis(doc, settings);
      assert.equal(blamelessWork().blocksRead - read, 1, `${renewed} new block nodes`);
      assert.deepStrictEqual(analysis, fresh(edited));
      if (edited.includes('Bob forgot the rollback')) assert.ok(analysis.blame.some((h) => h.phrase.includes('Bob forgot')));
      previous = doc;
    }
  });

  it('after an edit, looks only at the blocks of the segment parsed again and moves only the hits after it', function () {
    // Counted, not timed: the time allowed is only for a busy machine (three full analyses to compare with).
    this.timeout(120_000);
    // About 3,000 lines of short sections, each with blame and hindsight.
    const parts: string[] = ['# Post-mortem: Queue stall', ''];
    for (let i = 0; parts.length < 3000; i++) {
      parts.push(`## Part ${i}`, '', `Sam forgot to drain worker ${i} before the restart, and the queue stalled.`, '');
      parts.push(`The alert for shard ${i} should have paged the on-call engineer much earlier that night.`, '');
      parts.push(`Throughput on shard ${i} came back within minutes once the queue was drained again.`, '');
    }
    const text = parts.join('\n');
    const settings = defaultSettings();
    const parser = new IncrementalParser();
    let previous = analyzeDocument(text, PATH, settings, (t) => parser.parse(t));
    let before = blamelessAnalysis(previous, settings);
    const blocks = previous.root.children.length;
    const hitCount = (a: typeof before) => a.blame.length + a.hindsight.length;
    assert.ok(hitCount(before) > 300, `${hitCount(before)} hits`);
    // Inside a sentence that holds no hit, a tenth and nine tenths of the way into the text.
    const line = (current: string, fraction: number) => current.indexOf('Throughput on shard', Math.floor(current.length * fraction)) + 10;
    let current = text;
    for (const { edit, moves } of [
      // A letter replaced: nothing after it moves.
      { edit: (t: string, at = line(t, 0.1)) => `${t.slice(0, at)}X${t.slice(at + 1)}`, moves: false },
      { edit: (t: string, at = line(t, 0.1)) => `${t.slice(0, at)}x${t.slice(at)}`, moves: true },
      { edit: (t: string, at = line(t, 0.9)) => `${t.slice(0, at)}x${t.slice(at)}`, moves: true },
    ]) {
      const edited = edit(current);
      const was = treeSegments(previous.root);
      const doc = analyzeDocument(edited, PATH, settings, (t) => parser.parse(t));
      const now = treeSegments(doc.root);
      const parsed = now.filter((s) => !was.includes(s));
      const went = was.filter((s) => !now.includes(s));
      assert.equal(parsed.length, 1, 'the parser parsed one segment again');
      const parsedEnd = parsed[0][parsed[0].length - 1].position!.end.offset!;
      const counted = blamelessWork();
      const analysis = blamelessAnalysis(doc, settings);
      const done = blamelessWork();
      const visited = done.blocksVisited - counted.blocksVisited;
      assert.equal(visited, parsed[0].length + went[0].length, 'the blocks of the new segment and of the one it replaced');
      assert.ok(visited * 25 < blocks, `${visited} of ${blocks} blocks visited`);
      assert.equal(done.blocksRead - counted.blocksRead, 1, 'the edited block alone is read');
      const after = [...analysis.blame, ...analysis.hindsight].filter((h) => h.start >= parsedEnd).length;
      assert.equal(done.hitsShifted - counted.hitsShifted, moves ? after : 0, 'only hits after the edit move, and only when it changed the length');
      // The hits before the edited segment are the previous version's, not copies.
      const kept = before.blame.filter((h) => h.end <= parsed[0][0].position!.start.offset!);
      assert.ok(kept.length > 0 && kept.length < before.blame.length);
      kept.forEach((h, i) => assert.equal(analysis.blame[i], h));
      assert.deepStrictEqual(analysis, fresh(edited));
      previous = doc;
      before = analysis;
      current = edited;
    }
  });
});
