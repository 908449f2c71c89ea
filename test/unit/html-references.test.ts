/**
 * Character references in a run of HTML text, written out as the characters they stand for: every
 * name HTML defines, numbers as a browser reads them, anything else as written. Every string
 * here is our own.
 */
import { strict as assert } from 'node:assert';
import { blankMarkup, decodeReferences, shownTags } from '../../server/src/analysis/model/html-text';
import { assertLinear } from '../support/growth';

describe('HTML text: character references', () => {
  it('writes out every name HTML defines, not only the common ones', () => {
    assert.equal(decodeReferences('&frac12; cup &amp; a hook&larrhk;'), '\u00bd cup & a hook\u21a9');
    assert.equal(decodeReferences('&lt;b&gt; &quot;x&quot; &apos;y&apos; &#39;z&#39;'), "<b> \"x\" 'y' 'z'");
    assert.equal(decodeReferences('&AMP;&NotEqualTilde;'), '&\u2242\u0338');
  });

  it('reads a no-break space, named or numbered, as a space', () => {
    assert.equal(decodeReferences('a&nbsp;b&#160;c&#xA0;d'), 'a b c d');
  });

  it('reads numbers as a browser does: zero, surrogates and out-of-range as U+FFFD', () => {
    assert.equal(decodeReferences('&#8212;&#x1F600;&#0;&#xD800;&#x110000;'), '\u2014\u{1f600}\ufffd\ufffd\ufffd');
  });

  it('leaves unknown names, a missing semicolon, inherited keys and stray ampersands as written', () => {
    for (const text of ['&notaname;', '&amp', '& amp;', '&;', '&#;', '&#x;', '&constructor;', '&__proto__;', '&toString;', 'a && b', '&&amp;', '']) {
      assert.equal(decodeReferences(text), text.replace('&amp;', '&'), text);
    }
    assert.equal(decodeReferences('no references here'), 'no references here');
  });

  it('reads a reference right after an unknown one, and one at either end', () => {
    assert.equal(decodeReferences('&bogus;&amp;'), '&bogus;&');
    assert.equal(decodeReferences('&amp;x&amp;'), '&x&');
  });

  for (const [what, make] of [
    ['many references', (n: number) => 'a&amp;b&frac12;c&#8217;d&bogus; '.repeat(n)],
    ['many ampersands and no reference', (n: number) => '&'.repeat(n * 8)],
    ['many long unknown names', (n: number) => `&${'x'.repeat(31)}`.repeat(n)],
  ] as const) {
    it(`reads ${what} in linear time`, function () {
      this.timeout(120_000);
      assertLinear(what, make, decodeReferences);
    });
  }
});

describe('HTML text: markup blanked, offsets kept', () => {
  const cases: [string, string][] = [
    ['<li>Bump <code>max_conn</code> to 50</li>', '    Bump       max_conn        to 50     '],
    ['<pre><code>a <b>b</b></code></pre>', `${' '.repeat(11)}a${' '.repeat(4)}b${' '.repeat(17)}`],
    ['x <!-- a > b --> y <script>z()</script> w', 'x                y                      w'],
    ['<a title="p > q">link</a> a < b', '                 link     a < b'],
    ['<b class="x\nkeeps going', ' '.repeat(23)],
    ['a <code>never closed', 'a                   '],
    ['&amp; <kbd>Ctrl</kbd>', '&amp;      Ctrl      '],
  ];
  for (const [html, blanked] of cases) {
    it(`blanks ${JSON.stringify(html)}`, () => {
      assert.equal(blankMarkup(html), blanked);
      assert.equal(blankMarkup(html).length, html.length);
    });
  }

  for (const [what, make] of [
    ['many code elements', (n: number) => '<li><code>x</code> y</li>'.repeat(n)],
    ['code elements nested four deep', (n: number) => '<pre><code><kbd><samp>x</samp></kbd></code></pre> '.repeat(n)],
    ['many code elements never closed', (n: number) => '<code>x <pre>y '.repeat(n)],
    ['many closing tags with no opening', (n: number) => '</code></pre> x '.repeat(n)],
  ] as const) {
    it(`blanks ${what} in linear time`, function () {
      this.timeout(120_000);
      assertLinear(what, make, blankMarkup, 512);
    });
  }
});

describe('HTML text: the tags that stand among shown words', () => {
  const tags = (html: string) => shownTags(html).map((t) => `${t.closing ? '/' : ''}${t.name}@${t.start}-${t.end}`);

  it('finds the tags between runs of text, attributes holding > or long ones included, offsets into the fragment', () => {
    assert.deepEqual(tags('<ul><li>Tidy up</li></ul>'), ['ul@0-4', 'li@4-8', '/li@15-20', '/ul@20-25']);
    const long = `<li data-note="${'n'.repeat(400)}">Prune</li>`;
    assert.deepEqual(tags(long), [`li@0-${long.indexOf('Prune')}`, `/li@${long.length - 5}-${long.length}`]);
    assert.deepEqual(tags('<li title="x > y">Prune</li>'), ['li@0-18', '/li@23-28']);
  });

  it('finds the tags inside a code element, whose words are kept, and none in a comment, a script or a style', () => {
    assert.deepEqual(tags('<pre><ul><li>a</li></ul></pre>'), ['ul@5-9', 'li@9-13', '/li@14-19', '/ul@19-24']);
    assert.deepEqual(tags('<code><b>x</b></code>'), ['b@6-9', '/b@10-14']);
    const hidden = '<li>a<!-- <li>b</li> --><script>"<li>"</script><style>li{}</style></li>';
    assert.deepEqual(tags(hidden), ['li@0-4', `/li@${hidden.length - 5}-${hidden.length}`]);
  });

  it('finds no tag after a construct that never closes, and none in plain or ugly text', () => {
    assert.deepEqual(tags('<li>a <b title="x\n<li>b</li>'), ['li@0-4']);
    assert.deepEqual(tags('<li>a <code>b <li>c</li>'), ['li@0-4']);
    for (const text of ['', 'a < b > c', '<<>>', '</ >', '<!-- never closed <li>']) assert.deepEqual(tags(text), [], text);
  });

  for (const [what, make] of [
    ['many list entries', (n: number) => '<li>x <b>y</b></li>'.repeat(n)],
    ['list entries in code elements nested four deep', (n: number) => '<pre><code><kbd><samp><li>x</li></samp></kbd></code></pre> '.repeat(n)],
    ['many tags with long attributes', (n: number) => `<li class="${'c'.repeat(500)}">x</li>`.repeat(n)],
  ] as const) {
    it(`finds the tags of ${what} in linear time`, function () {
      this.timeout(120_000);
      assertLinear(what, make, shownTags, 512);
    });
  }
});
