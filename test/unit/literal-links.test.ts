/**
 * GFM's literal-link pass (`server/src/analysis/parse/parse.ts`) runs only on a tree with text that
 * may hold a bare address or mail address: the trees stay those of remark-gfm, on every shape of
 * such text, written plainly, in any case, through character references, inside links and code.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { IncrementalParser } from '../../server/src/analysis/parse/incremental';
import { markdownProcessor } from '../../server/src/analysis/parse/parse';
import { assertLinear } from '../support/growth';

const published = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const ours = markdownProcessor(true);

function assertSameTree(text: string): void {
  assert.deepEqual(ours.parse(text), published.parse(text), `the trees differ for:\n${text}`);
}

describe('GFM literal links, looked for only where text may hold one', function () {
  this.timeout(60000);

  it('builds the same tree as remark-gfm with and without bare addresses', () => {
    const texts = [
      'The cache was cold after the restart, so reads went to the disk.\n',
      'Dashboards live at https://grafana.example.net/d/queue and http://old.example.net.\n',
      'Mirror at WWW.EXAMPLE.ORG/status, or Www.Example.org, or www.example.org.\n',
      'Mail the on-call at pager+db@ops.example.com, or xmpp:bot@chat.example.com/room, or mailto:team@example.com.\n',
      'Owners: @kim and @lee (handles, no mail): (@kim), owner:@lee.\n',
      'A mail address through references: ops&#64;example.com and ops&commat;example.com; an address: &#104;ttps://x.example.\n',
      'Escaped: ops\\@example.com, www\\.example.com, https\\://example.com.\n',
      'Inside links: [https://a.example](https://a.example), <https://b.example>, [www.c.example][ref].\n\n[ref]: https://c.example\n',
      'In code: `https://d.example` and `ops@example.com`.\n\n```\nhttps://e.example\n```\n',
      '- [ ] Rotate the key, see https://wiki.example.com/keys\n- [x] Tell support@example.com\n',
      '| Who | Where |\n| --- | --- |\n| ops@example.com | www.example.com |\n',
      'Not an address: a@b, @@, x@-, http:/one.example, wwwexample.com, www..example.\n',
      '---\ntitle: Disk full\nowner: ops@example.com\n---\n# Disk full\n\nSee www.example.com.\n',
      '**Bold https://f.example** and _ops@example.com_ and ~~www.g.example~~.\n',
    ];
    for (const text of texts) assertSameTree(text);
  });

  it('builds the same tree when a text can hold only some kinds of literal link, or none', () => {
    // Each text lacks what one or more kinds need (a mail address's character before its `@`,
    // `www.`, `http://`), with near misses of them; the parser leaves those kinds out for it.
    const texts = [
      'The nightly export stalled at 02:10 and resumed at 02:40; nobody was paged.\n',
      'Paged @dana and @omar; the runbook is at https://runbooks.example.org/export (see WWW .example too).\n',
      'Owner: tools@example.net. Status page: http: //status.example and www-status.example.\n',
      '- [ ] Move the export to www.batch.example.net\n- [x] Ask @platform, not mail @ all\n',
      '| Step | Link |\n| --- | --- |\n| retry | HTTPS://retry.example/x |\n| owner | lee @ example.org |\n',
      'Word starts everywhere: hosts, hooks, webs, wires, Hourly, Weekly, h, w, H, W, ww, hh.\n',
      '**http** and _www_ and `a@b.example` in code, and a@ at the end of a word: a@\n',
    ];
    for (const text of texts) assertSameTree(text);
  });

  it('builds the same tree as remark-gfm on text made of address pieces', () => {
    const piece = fc.constantFrom(
      'http',
      's',
      '://',
      ':/',
      'www',
      'WWW',
      '.',
      'example',
      'com',
      '@',
      '+',
      '-',
      '_',
      'mailto:',
      'xmpp:',
      '/',
      '&#64;',
      '&commat;',
      '\\',
      '[',
      '](',
      ')',
      '<',
      '>',
      '`',
      '*',
      ' ',
      '\n',
      '\n\n',
      '- ',
      'a',
      '1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => assertSameTree(pieces.join(''))),
      { numRuns: 600, seed: 61 },
    );
  });

  it('gives the incremental parser the same tree as a whole parse', () => {
    const block = (i: number) =>
      i % 3 === 0
        ? `## Part ${i}\n\nWe moved the queue to www.q${i}.example and told ops${i}@example.com.\n\n`
        : `## Part ${i}\n\nThe replica fell behind by ${i} minutes while the index was rebuilt.\n\n`;
    const text = Array.from({ length: 40 }, (_, i) => block(i)).join('');
    const parser = new IncrementalParser(0);
    assert.deepEqual(parser.parse(text), published.parse(text));
    const edited = text.replace('fell behind by 4 ', 'fell behind by https://lag.example 4 ');
    assert.deepEqual(parser.parse(edited), published.parse(edited));
  });

  it('tells a tree without addresses in time linear in its text', () => {
    // Long runs of the characters the hint starts on, none completing it.
    assertLinear(
      'the literal-link hint on near misses',
      (n) => `${'www wwww http:/ https:/ a@ @b +@ '.repeat(n)}\n\n${'- ww.w h@ @@\n'.repeat(n)}`,
      (text) => ours.parse(text),
    );
  });
});
