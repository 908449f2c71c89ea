/**
 * Character references in a run of HTML text, written out as the characters they stand for: every
 * name HTML defines, numbers as a browser reads them, anything else as written. Every string
 * here is our own.
 */
import { strict as assert } from 'node:assert';
import { blankMarkup, decodeReferences } from '../../server/src/analysis/model/html-text';
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
