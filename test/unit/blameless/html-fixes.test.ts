import { strict as assert } from 'node:assert';
import { check, type CheckOptions } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { Finding } from '../../../server/src/analysis/base/findings';
import { htmlParts, insideMarkup } from '../../../server/src/analysis/model/html-text';
import { applyEdits, assertEngineInvariants } from '../../support/engine-properties';

/**
 * Blame read in HTML paragraphs is reported on the words, and no edit the blameless rules offer
 * (the "human error" prompt, the disable comments; the allow-list entry edits no document) lands
 * inside a tag, an attribute, a comment or a script: applied one by one, every fix leaves the
 * document's markup as it was. Every sentence here is our own.
 */
const options = (): CheckOptions => ({
  path: 'postmortems/export.md',
  settings: { ...defaultSettings(), files: ['**'], exclude: [] },
  now: new Date('2026-12-01T00:00:00Z'),
});

function doc(body: string): string {
  return `# Incident report\n\n## What happened\n\n${body}\n\n## Timeline\n\n- 10:00 the alert fired\n`;
}

function phraseFindings(text: string): Finding[] {
  return check(text, options()).findings.filter((f) => f.ruleId === 'blaming-language' || f.ruleId === 'hindsight-language');
}

/** The markup of a text, in order: every tag, comment and skipped element as written, our own disable comments left out. */
function markup(text: string): string[] {
  return htmlParts(text)
    .filter((p) => p.kind !== 'text')
    .map((p) => text.slice(p.start, p.end))
    .filter((m) => !/^<!-- postmortem-disable-(?:line|file) [a-z-]+ -->$/.test(m));
}

/** Applies every fix of every phrase finding on its own and checks the markup is unchanged and no edit starts or ends inside it. */
function assertFixesKeepMarkup(text: string): number {
  const parts = htmlParts(text);
  const before = markup(text);
  let applied = 0;
  for (const finding of phraseFindings(text)) {
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) {
        assert.ok(!insideMarkup(parts, edit.start) && !insideMarkup(parts, edit.end), `${fix.title}: edit at ${edit.start}-${edit.end} lands inside markup`);
        for (const p of parts)
          if (p.kind !== 'text') assert.ok(p.end <= edit.start || p.start >= edit.end, `${fix.title} rewrites ${text.slice(p.start, p.end)}`);
      }
      assert.deepEqual(markup(applyEdits(text, fix.edits)), before, fix.title);
      applied++;
    }
  }
  return applied;
}

/** The source of each phrase finding's range. */
function ranges(text: string): string[] {
  return phraseFindings(text).map((f) => text.slice(f.start, f.end));
}

/** True when the range [start, end) starts and ends on a word of text, not on a tag or a reference's inside. */
function onWords(text: string, f: Finding): boolean {
  const parts = htmlParts(text);
  return (
    !insideMarkup(parts, f.start) && !insideMarkup(parts, f.end) && /^[\p{L}\p{N}]/u.test(text.slice(f.start)) && /[\p{L}\p{N};]$/u.test(text.slice(0, f.end))
  );
}

const UGLY = [
  // Attributes, a `>` inside an attribute value, entities and an unclosed last paragraph.
  '<div class="post">\n  <p class="lead" data-note="a > b">Looking back, I was really careless with the rollout.</p>\n  <p>Honestly, the cache outage was completely my fault &amp; nobody else&rsquo;s.</p>\n  <p>I didn&#8217;t check the dashboard because I was lazy.\n</div>',
  // An inline link around the words, an emphasis splitting a phrase, line breaks inside a paragraph.
  '<p>It was <a href="https://example.test/run?a=1&amp;b=2" title="x > y">human error</a>, plain and simple,\n   and I <strong>should have</strong> checked\n   the runbook; Dana <em>skipped</em> the canary.</p>',
  // A tag wrapped over two lines right after the blame: the line's end is inside the tag.
  '<p>The restart failed because of human error <a\n   href="https://example.test/notes">notes</a> and more.</p>',
  // An attribute value wrapped over lines, holding words that read as blame: never read, never edited.
  '<p title="I was really careless,\nwhich was human error">The restart failed because of human error.</p>',
  // A comment and a script inside the block, and a tag that never closes.
  '<p>The restart failed because of human error. <!-- I was really careless --></p>\n<p>Then I was lazy again.<script>var note = "human error >";</script> Done.</p>\n<p>Last of all <b class="x I was careless',
  // A quote that never closes in an attribute.
  '<p>It was human error, I was careless <span title="open\nand then it all went on</p>',
];

describe('blaming language in HTML paragraphs: ranges on the words, fixes outside the tags', () => {
  it('finds the blame of HTML paragraphs and reports it on the words as written', () => {
    const text = doc(UGLY[0]);
    const found = ranges(text);
    assert.ok(found.includes('I was really careless'), found.join(' | '));
    assert.ok(found.includes('my fault'), found.join(' | '));
    // A character reference inside the phrase: the range holds it whole.
    assert.ok(
      found.some((r) => r.startsWith('I didn&#8217;t')),
      found.join(' | '),
    );
    for (const f of phraseFindings(text)) assert.ok(onWords(text, f), text.slice(f.start, f.end));
  });

  it('reads character references as the characters they stand for', () => {
    const text = doc('<p>I didn&rsquo;t check the dashboard &amp; the logs.</p>');
    const found = phraseFindings(text);
    assert.ok(found.length > 0);
    // The allow-list entry names the phrase as read: the apostrophe, not its reference.
    const allow = found.flatMap((f) => f.fixes).find((x) => x.configEdit);
    assert.ok(allow && /didn\u2019t/.test(String(allow.configEdit?.append)), JSON.stringify(allow));
  });

  for (const [i, body] of UGLY.entries()) {
    it(`keeps every tag as it was when any fix is applied (case ${i + 1})`, () => {
      const text = doc(body);
      assert.ok(assertFixesKeepMarkup(text) > 0, 'no fix was offered');
      for (const f of phraseFindings(text)) assert.ok(onWords(text, f), `${i + 1}: ${text.slice(f.start, f.end)}`);
      assertEngineInvariants(text, options());
    });
  }

  it('offers no line comment where the line ends inside a tag', () => {
    const text = doc(UGLY[2]);
    const found = phraseFindings(text).filter((f) => text.slice(f.start, f.end) === 'human error');
    assert.equal(found.length, 1);
    assert.ok(!found[0].fixes.some((f) => /for this line/.test(f.title)), found[0].fixes.map((f) => f.title).join(', '));
    // The replacement of the words is offered: they are plain text between tags.
    assert.ok(found[0].fixes.some((f) => f.title.startsWith('Replace')));
  });

  it('reads no words of an attribute, a comment, a script or a construct that never closes', () => {
    for (const body of [UGLY[3], UGLY[4], UGLY[5]]) {
      const text = doc(body);
      const parts = htmlParts(text);
      for (const f of phraseFindings(text)) assert.ok(!insideMarkup(parts, f.start), text.slice(f.start, f.end));
    }
    // The unclosed tag ends the reading: the words after it are not prose.
    assert.deepEqual(
      ranges(doc(UGLY[4])).filter((r) => /careless/.test(r)),
      [],
    );
  });

  it('offers the "human error" prompt only where the words stand as plain text', () => {
    const split = doc('<p>The restart failed because of human <em>error</em>.</p>');
    for (const f of phraseFindings(split)) assert.ok(!f.fixes.some((x) => x.title.startsWith('Replace')), split.slice(f.start, f.end));
    const coded = doc('<p>The restart failed because of human&#32;error.</p>');
    for (const f of phraseFindings(coded)) assert.ok(!f.fixes.some((x) => x.title.startsWith('Replace')), coded.slice(f.start, f.end));
    assertFixesKeepMarkup(split);
    assertFixesKeepMarkup(coded);
  });
});
