import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { proseBlocks } from '../../../server/src/analysis/model/prose';
import { generatePostmortem } from '../../bench/generate';

/** The blocks of a text as plain values, offsets as an array. */
function blocksOf(text: string) {
  return proseBlocks(text, parseMarkdown(text)).map((b) => ({ text: b.text, offsets: Array.from(b.offsets), kind: b.kind, inQuote: b.inQuote, end: b.end }));
}

const upTo = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/**
 * The prose of a block is built a run of characters at a time where the text stands as written,
 * and a character at a time where Markdown changed it (escapes, entities, line prefixes): the
 * text and every offset are what the character-by-character walk gave.
 */
describe('prose blocks read a run of plain characters at a time', () => {
  it('maps line breaks (CRLF too) to spaces at their own offsets, and an entity to where it starts', () => {
    assert.deepEqual(blocksOf('The cache\r\nwas cold &amp; slow,\r\nso we waited.\r\n'), [
      { text: 'The cache  was cold & slow,  so we waited.', offsets: [...upTo(0, 21), ...upTo(25, 46)], kind: 'paragraph', inQuote: false, end: 46 },
    ]);
  });

  it('skips escapes and quote markers, and places code and link placeholders', () => {
    assert.deepEqual(blocksOf('> Paging \\*failed\\* twice\nand nobody came\n\n- Rotate the key &copy; today\n  then tell `ops` at https://example.org\n'), [
      { text: 'Paging *failed* twice and nobody came', offsets: [...upTo(2, 9), ...upTo(10, 17), ...upTo(18, 41)], kind: 'paragraph', inQuote: true, end: 41 },
      {
        text: 'Rotate the key © today then tell code at link',
        offsets: [...upTo(45, 61), ...upTo(66, 73), ...upTo(75, 89), 90, 91, 92, 93, 94, 98, 103, 108],
        kind: 'paragraph',
        inQuote: false,
        end: 113,
      },
    ]);
  });

  it('reads table cells with an entity and an escaped pipe, and a heading with emphasis and a numeric entity', () => {
    assert.deepEqual(blocksOf('| When | What |\n| --- | --- |\n| 10:02 | Disk &gt; 90%\\| full |\n'), [
      { text: 'When', offsets: upTo(2, 6), kind: 'table-cell', inQuote: false, end: 7 },
      { text: 'What', offsets: upTo(9, 13), kind: 'table-cell', inQuote: false, end: 15 },
      { text: 'Disk > 90%| full', offsets: [...upTo(40, 46), ...upTo(49, 53), ...upTo(54, 60)], kind: 'table-cell', inQuote: false, end: 62 },
    ]);
    assert.deepEqual(blocksOf('# Why the *queue* stalled&#33;\n\nIt ran out of room.\n'), [
      { text: 'Why the queue stalled!', offsets: [...upTo(2, 10), ...upTo(11, 16), ...upTo(17, 26)], kind: 'heading', inQuote: false, end: 30 },
      { text: 'It ran out of room.', offsets: upTo(32, 51), kind: 'paragraph', inQuote: false, end: 51 },
    ]);
  });

  it('reads a long paragraph of escapes, entities and line breaks whole', () => {
    // Short runs between the changed characters: the worst case of reading runs (the parse of such a
    // paragraph, not the prose, is what limits its length here).
    const unit = 'a\\*b &amp; c\r\n';
    const text = unit.repeat(Math.ceil(30_000 / unit.length));
    const [block] = blocksOf(text);
    const units = text.length / unit.length;
    // Each unit reads "a*b & c" and a space for its line break (the last one's is dropped with the paragraph's end).
    assert.equal(block.text, `${'a*b & c  '.repeat(units - 1)}a*b & c`);
    assert.equal(block.offsets.length, block.text.length);
    for (let u = 0; u < units - 1; u += 97) {
      const at = u * 9;
      const from = u * unit.length;
      assert.deepEqual(block.offsets.slice(at, at + 9), [from, from + 2, from + 3, from + 4, from + 5, from + 10, from + 11, from + 12, from + 13]);
    }
  });

  it('keeps every letter at its offset in generated post-mortems with either line break', () => {
    for (const eol of ['\n', '\r\n'] as const) {
      const text = generatePostmortem({ lines: 300, seed: 7, eol });
      for (const block of blocksOf(text)) {
        assert.equal(block.offsets.length, block.text.length);
        for (let i = 1; i < block.offsets.length; i++) assert.ok(block.offsets[i] >= block.offsets[i - 1], `offsets run forward in "${block.text}"`);
      }
    }
  });
});
