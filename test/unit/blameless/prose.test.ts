import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { CODE_PLACEHOLDER, documentRange, LINK_PLACEHOLDER, proseBlocks, type ProseBlock } from '../../../server/src/analysis/model/prose';
import { CORPUS_ABSENT, CORPUS_DIR } from '../../support/corpus';

function blocksOf(text: string): ProseBlock[] {
  return proseBlocks(text, parseMarkdown(text));
}

/** True when the character at `i` belongs to a code or link placeholder of the block's text. */
function insidePlaceholder(blockText: string, i: number): boolean {
  for (const placeholder of [CODE_PLACEHOLDER, LINK_PLACEHOLDER]) {
    for (
      let at = blockText.lastIndexOf(placeholder, i);
      at !== -1 && at + placeholder.length > i;
      at = at > 0 ? blockText.lastIndexOf(placeholder, at - 1) : -1
    ) {
      if (at <= i) return true;
    }
  }
  return false;
}

/** Every letter of a block's text sits at its mapped offset in the document, outside placeholders. */
function assertAligned(text: string, blocks: ProseBlock[]): void {
  for (const block of blocks) {
    for (let i = 0; i < block.text.length; i++) {
      const c = block.text[i];
      if (!/[A-Za-z]/.test(c)) continue;
      const at = block.offsets[i];
      if (text[at] === c) continue;
      // Placeholders stand for other text, even when letters follow them ("`tool`s" reads "codes").
      if (insidePlaceholder(block.text, i)) continue;
      // Decoded entities stand for other text too.
      if (text[at] === '&') continue;
      assert.fail(`"${c}" of "${block.text}" maps to "${text.slice(at, at + 10)}"`);
    }
  }
}

function rangeOf(text: string, block: ProseBlock, words: string): string {
  const at = block.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in "${block.text}"`);
  const r = documentRange(block, at, at + words.length);
  return text.slice(r.start, r.end);
}

describe('prose blocks', () => {
  it('takes markup out of a paragraph and maps words back through bold, links and escapes', () => {
    const text = 'Intro.\n\n**Bob** forgot to run [the *migration*](https://x.test/a) \\*again\\* &amp; again.\n';
    const [, para] = blocksOf(text);
    assert.equal(para.text, 'Bob forgot to run the migration *again* & again.');
    assert.equal(rangeOf(text, para, 'Bob forgot'), 'Bob** forgot', 'the range starts and ends on the words and covers the markup between them');
    assert.equal(rangeOf(text, para, 'migration'), 'migration');
    assert.equal(rangeOf(text, para, 'again* & again'), 'again\\* &amp; again');
    assertAligned(text, [para]);
  });

  it('turns inline code and bare links into placeholders, and skips code blocks and HTML', () => {
    const text = 'Run `rm -rf /` and see https://example.com/blame now.\n\n```\nBob forgot\n```\n\n<div>Alice forgot</div>\n';
    const blocks = blocksOf(text);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0].text, `Run ${CODE_PLACEHOLDER} and see ${LINK_PLACEHOLDER} now.`);
    assertAligned(text, blocks);
  });

  it('joins lines of a paragraph with spaces and maps list items, quotes and table cells', () => {
    const text = '- Bob\n  forgot to\n  run it\n\n> Alice: I forgot.\n> Again.\n\n| Who | What |\n| --- | --- |\n| Dana | skipped the **canary** |\n';
    const blocks = blocksOf(text);
    const item = blocks.find((b) => b.text.startsWith('Bob'))!;
    assert.equal(item.text, 'Bob forgot to run it');
    assert.equal(rangeOf(text, item, 'Bob forgot'), 'Bob\n  forgot');
    const quote = blocks.find((b) => b.text.startsWith('Alice'))!;
    assert.equal(quote.inQuote, true);
    assert.equal(rangeOf(text, quote, 'forgot. Again'), 'forgot.\n> Again');
    const cell = blocks.find((b) => b.text.startsWith('skipped'))!;
    assert.equal(cell.kind, 'table-cell');
    assert.equal(rangeOf(text, cell, 'the canary'), 'the **canary');
    assertAligned(text, blocks);
  });

  it('keeps offsets exact with CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFF# Title\r\n\r\nBob\r\nforgot it.\r\n';
    const blocks = blocksOf(text);
    const para = blocks.find((b) => b.kind === 'paragraph')!;
    assert.match(para.text, /^Bob\s+forgot it\.$/);
    assert.equal(rangeOf(text, para, 'forgot it'), 'forgot it');
    assert.equal(rangeOf(text, blocks[0], 'Title'), 'Title');
    assertAligned(text, blocks);
  });

  it('survives broken Markdown: an unclosed fence, a malformed table, stray HTML', () => {
    const text = 'Bob <b>forgot</b> it\n\n| a | b\n|--|\n| Carol ignored | it |\n\n```\nnever closed\nAlice forgot\n';
    const blocks = blocksOf(text);
    assert.ok(
      blocks.every((b) => !b.text.includes('Alice')),
      'text inside the unclosed fence is code',
    );
    assert.match(blocks[0].text, /^Bob forgot\s+it$/, 'inline HTML is left out');
    assert.equal(rangeOf(text, blocks[0], 'Bob forgot'), 'Bob <b>forgot');
    assertAligned(text, blocks);
  });

  const corpus = CORPUS_DIR;
  it('maps the letters after a code span that a word goes on from ("`tool`s")', () => {
    const text = '| When | What |\n| --- | --- |\n| 10:00 | A<br>**Step 2**: mirror `pkg-cache`s and the `a`-side PR <https://example.com/1> merged |\n';
    const blocks = blocksOf(text);
    assertAligned(text, blocks);
    const cell = blocks.find((b) => b.text.includes('merged'));
    assert.ok(cell);
    assert.equal(rangeOf(text, cell, 'merged'), 'merged');
  });

  it('maps every letter of every block back to the document in the shared corpus', function () {
    if (!existsSync(corpus)) {
      console.log(`      ${CORPUS_ABSENT}`);
      this.skip();
    }
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(corpus, file), 'utf8');
      assertAligned(text, blocksOf(text));
    }
  });
});
