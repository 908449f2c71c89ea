import { strict as assert } from 'node:assert';
import { check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { parseMarkdown } from '../../../server/src/analysis/parse/parse';
import { CODE_PLACEHOLDER, documentRange, proseBlocks, type ProseBlock } from '../../../server/src/analysis/model/prose';
import { assertLinear } from '../../support/growth';

/**
 * A post exported as HTML keeps its prose in `<p>` paragraphs: the blameless reading reads their
 * text (one block per paragraph, tags as spaces, code and scripts left out), and leaves alone an
 * HTML block with no paragraph in it. Every sentence here is our own.
 */
function blocksOf(text: string): ProseBlock[] {
  return proseBlocks(text, parseMarkdown(text));
}

function rangeOf(text: string, block: ProseBlock, words: string): string {
  const at = block.text.indexOf(words);
  assert.ok(at >= 0, `"${words}" is not in "${block.text}"`);
  const r = documentRange(block, at, at + words.length);
  return text.slice(r.start, r.end);
}

function blameIn(text: string): string[] {
  const result = check(text, {
    path: 'postmortems/export.md',
    settings: { ...defaultSettings(), files: ['**'], exclude: [] },
    now: new Date('2026-12-01T00:00:00Z'),
  });
  return result.findings.filter((f) => f.ruleId === 'blaming-language').map((f) => text.slice(f.start, f.end));
}

describe('prose blocks: HTML paragraphs', () => {
  it('reads each <p> paragraph of an HTML block as a block of its own, mapped back to the document', () => {
    const text =
      '# Export\n\n<div class="post">\n  <p class="intro">The queue stalled at noon. Dana <em>skipped</em>\n    the canary.</p>\n  <p>We rolled back &amp; waited.</p>\n</div>\n';
    const blocks = blocksOf(text).filter((b) => b.kind === 'paragraph');
    assert.equal(blocks.length, 2);
    assert.match(blocks[0].text, /^\s*The queue stalled at noon\. Dana skipped\s+the canary\.\s*$/);
    assert.equal(rangeOf(text, blocks[0], 'Dana'), 'Dana');
    assert.equal(rangeOf(text, blocks[0], 'canary'), 'canary');
    assert.equal(rangeOf(text, blocks[1], 'rolled back'), 'rolled back');
  });

  it('leaves out code, scripts and styles, and HTML blocks with no paragraph', () => {
    const text =
      '<p>Run <code>drop table</code> now.</p>\n<script>var careless = 1;</script>\n\n<div>Alice forgot</div>\n\n<table><tr><td>Bob forgot</td></tr></table>\n';
    const blocks = blocksOf(text);
    assert.equal(blocks.length, 1);
    assert.match(blocks[0].text, new RegExp(`^Run ${CODE_PLACEHOLDER} now\\.\\s*$`));
  });

  it('finds blame written in HTML paragraphs, and none in their look-alikes', () => {
    const doc = (body: string) => `# Incident report\n\n## What happened\n\n<p>${body}</p>\n\n## Timeline\n\n- 10:00 the alert fired\n`;
    assert.equal(blameIn(doc('Honestly, I was really careless with the rollout.')).length, 1);
    assert.equal(blameIn(doc('The outage was completely my fault.')).length, 1);
    assert.deepEqual(blameIn(doc('The node failed and the job was retried.')), []);
    // Outside a paragraph the text is markup, not prose.
    assert.deepEqual(blameIn('# Incident report\n\n<div>I was really careless.</div>\n'), []);
  });

  it('survives broken HTML: a tag never closed, a stray < and an unclosed <pre>', () => {
    const text = '<p>Bob forgot it <b\n\n<p>one < two and Bob forgot</p>\n\n<p>see <pre>never closed\n';
    for (const block of blocksOf(text)) for (let i = 0; i < block.text.length; i++) assert.ok(block.offsets[i] >= 0 && block.offsets[i] < text.length);
  });

  it('reads character references as their characters, mapped to where each reference starts', () => {
    const text = '<p>We didn&rsquo;t wait &amp; Sam&#8217;s job &#x2014; ran; a &bogus; name stays.</p>\n';
    const [block] = blocksOf(text);
    assert.match(block.text, /^We didn\u2019t wait & Sam\u2019s job \u2014 ran; a &bogus; name stays\.\s*$/);
    assert.equal(rangeOf(text, block, 'didn\u2019t'), 'didn&rsquo;t');
    assert.equal(rangeOf(text, block, 'Sam\u2019s'), 'Sam&#8217;s');
    assert.equal(rangeOf(text, block, '&bogus;'), '&bogus;');
    // A range ending on a reference ends after the whole of it, given the document.
    const at = block.text.indexOf('Sam\u2019');
    const r = documentRange(block, at, at + 4, text);
    assert.equal(text.slice(r.start, r.end), 'Sam&#8217;');
  });

  it('reads every name HTML defines, a no-break space as a space, and leaves unknown or ill-formed names as written', () => {
    const text = '<p>Half&frac12; a hook&larrhk; then&nbsp;more; &Amp;x &AMP; &notaname; &amp &#xD800; end.</p>\n';
    const [block] = blocksOf(text);
    assert.match(block.text, /^Half\u00bd a hook\u21a9 then more; &Amp;x & &notaname; &amp \ufffd end\.\s*$/);
    const whole = (words: string) => {
      const at = block.text.indexOf(words);
      const r = documentRange(block, at, at + words.length, text);
      return text.slice(r.start, r.end);
    };
    assert.equal(whole('Half\u00bd'), 'Half&frac12;');
    assert.equal(whole('hook\u21a9'), 'hook&larrhk;');
    assert.equal(rangeOf(text, block, 'then more'), 'then&nbsp;more');
    assert.equal(rangeOf(text, block, '&notaname;'), '&notaname;');
    // A name that is no own key of the table is no reference, whatever an object inherits.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const [b] = blocksOf(`<p>a &${name}; b</p>\n`);
      assert.match(b.text, new RegExp(`^a &${name}; b\\s*$`), name);
    }
  });

  it('reads no attribute, even one holding a `>` or wrapped over lines, and no comment', () => {
    const text = '<p class="a" title="one > two\nthree">Dana <a href="x?a=1&amp;b=2" data-x=\'>\'>skipped</a> it<!-- note > here --> today.</p>\n';
    const [block] = blocksOf(text);
    assert.match(block.text, /^Dana skipped it today\.\s*$/);
    assert.equal(rangeOf(text, block, 'skipped'), 'skipped');
    assert.equal(rangeOf(text, block, 'today'), 'today');
  });

  it('reads no words after a tag, a quote or a comment that never closes', () => {
    for (const text of ['<p>Sam left. <b title="x\nDana forgot it</p>\n', '<p>Sam left. <!-- Dana forgot it</p>\n', '<p>Sam left. <b\nDana forgot it\n']) {
      const blocks = blocksOf(text);
      assert.deepEqual(
        blocks.map((b) => b.text.trim()),
        ['Sam left.'],
        text,
      );
    }
  });

  it('reads a 200 KB HTML block, one with a stray < and no >, and 10,000 tags', function () {
    this.timeout(120_000);
    const big = `<p>${'Dana <em>skipped</em> the canary &amp; the soak. '.repeat(4200)}</p>\n`;
    assert.ok(big.length > 200_000);
    assert.ok(blocksOf(big)[0].text.length > 150_000);
    const stray = `<p>${'a < b and c <= d '.repeat(12_000)}</p>\n`;
    assert.ok(blocksOf(stray)[0].text.includes('a < b'));
    const tags = `<p>${'<span class="w">x</span>'.repeat(5_000)}</p>\n`;
    assert.equal(blocksOf(tags).length, 1);
  });

  it('reads many paragraphs in linear time', function () {
    // Parsing the large inputs takes seconds on a busy machine; the bound is on the ratio, not the time.
    this.timeout(120_000);
    assertLinear('many paragraphs', (n) => `<div>\n${'<p>Dana skipped the canary.</p>'.repeat(n)}\n</div>\n`, blocksOf);
  });
  it('reads many stray < in linear time', function () {
    // Parsing the large inputs takes seconds on a busy machine; the bound is on the ratio, not the time.
    this.timeout(120_000);
    assertLinear('many stray <', (n) => `<p>${'a < b '.repeat(n)}</p>\n`, blocksOf);
  });
  it('reads many closed code tags in linear time', function () {
    // Parsing the large inputs takes seconds on a busy machine; the bound is on the ratio, not the time.
    this.timeout(120_000);
    assertLinear('many closed code tags', (n) => `<p>${'<code>x</code> y '.repeat(n)}</p>\n`, blocksOf);
  });
  it('reads many unclosed code tags in linear time', function () {
    // Parsing the large inputs takes seconds on a busy machine; the bound is on the ratio, not the time.
    this.timeout(120_000);
    assertLinear('many unclosed code tags', (n) => `<p>${'<code>x '.repeat(n)}</p>\n`, blocksOf);
  });
});

describe('prose blocks: HTML paragraphs, bounded on hostile input', () => {
  const cases: [string, (n: number) => string][] = [
    ['one tag whose quote never closes', (n) => `<p>Sam left. <b title="${'x > y '.repeat(n)}</p>\n`],
    ['many tags with a > in an attribute', (n) => `<p>${'<a title="a > b">w</a> '.repeat(n)}</p>\n`],
    ['many comments', (n) => `<p>${'w <!-- c > d --> '.repeat(n)}</p>\n`],
    ['a comment never closed', (n) => `<p>w <!-- ${'<p> x '.repeat(n)}\n`],
    ['many references', (n) => `<p>${'a&amp;b&rsquo;c&#8217;d&bogus; '.repeat(n)}</p>\n`],
    ['many < with no >', (n) => `<p>${'<a '.repeat(n)}\n`],
    ['many skipped elements never closed', (n) => `<p>${'<script>x '.repeat(n)}\n`],
  ];
  for (const [what, make] of cases) {
    it(`reads ${what} in linear time`, function () {
      // Parsing the large inputs takes seconds on a busy machine; the bound is on the ratio, not the time.
      this.timeout(120_000);
      assertLinear(what, make, blocksOf);
    });
  }
});
