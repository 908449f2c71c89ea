import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { AnalysedDocument } from '../../../server/src/analysis/model/model';
import { apply, findings, postmortem } from './helpers';
import { CORPUS_ABSENT, CORPUS_DIR } from '../../support/corpus';

/** Every span the model holds lies inside the document, and the item's words are found at its span. */
function assertSpansInside(doc: AnalysedDocument): void {
  const n = doc.text.length;
  for (const item of doc.model.actionItems) {
    for (const span of [item, item.textSpan, item.ownerSpan, item.dueSpan, item.statusSpan]) {
      if (!span) continue;
      assert.ok(span.start >= 0 && span.start <= span.end && span.end <= n, `span ${span.start}-${span.end} outside 0-${n}`);
    }
    if (item.checkbox !== null) assert.match(doc.text[item.checkbox], /[ xX]/);
    assert.ok(item.insertAt >= 0 && item.insertAt <= n);
    assert.ok(item.line >= 0 && item.line < doc.lines.lineCount);
  }
}

/** Pieces real action items are made of, including broken ones. */
const PIECES = [
  '- [ ] ',
  '- [x] ',
  '* ',
  '1. ',
  '2) ',
  '  - ',
  '> ',
  '| ',
  ' | ',
  '|',
  '\\|',
  '`',
  '`a | b`',
  '~~',
  '**',
  '__',
  '[',
  ']',
  '(',
  ')',
  'owner: ',
  'Owner: ',
  '(owner: ',
  'due ',
  'Due: ',
  'by ',
  '— ',
  ' - ',
  '@ana',
  'Ana Silva',
  'the team',
  'soon',
  'Q3',
  'next sprint',
  '2026-04-01',
  '04/05/2026',
  '2026-02-30',
  'April 1, 2026',
  'OPS-12',
  '#7',
  'https://t.example/1',
  'Done',
  'Open',
  '| --- | --- |',
  '| Action | Owner | Due |',
  '| Task | Who |',
  'Investigate',
  'Improve it',
  '<!-- c -->',
  '```',
  '\n',
  '\r\n',
  '\n\n',
  '    ',
  '\t',
  'é',
  '😀',
];

describe('action items: robustness', () => {
  it('never throws on random Markdown built from action-item pieces, and keeps every span inside the text', () => {
    const settings = defaultSettings();
    settings.owners = ['Ana Silva'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = postmortem(pieces.join(''));
        const doc = analyzeDocument(text, 'postmortems/x.md', settings);
        assertSpansInside(doc);
        for (const finding of findings(text, settings)) {
          assert.ok(!finding.message.includes('stopped with an error'), finding.message);
          for (const fix of finding.fixes) {
            const after = apply(text, fix);
            // A fix never removes text other than what it replaces on purpose.
            const removed = fix.edits.reduce((n, e) => n + (e.end - e.start), 0);
            assert.ok(after.length >= text.length - removed);
          }
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('reads every row of a 1,000-row action-item table, with spans inside the document', () => {
    const row = (i: number) => `| Add check number ${i} | Person ${i % 7} | 2026-04-${String((i % 28) + 1).padStart(2, '0')} | Open |`;
    const table = ['| Action | Owner | Due | Status |', '| --- | --- | --- | --- |', ...Array.from({ length: 1000 }, (_, i) => row(i))].join('\n');
    const doc = analyzeDocument(postmortem(table), 'postmortems/x.md', defaultSettings());
    assert.equal(doc.model.actionItems.length, 1000);
    assertSpansInside(doc);
  });

  it('reads a BOM and an unclosed fence without losing items before it', () => {
    const text = `\uFEFF${postmortem('- [ ] Add a quota alert @ida\n\n```\n- [ ] not an item')}`;
    const doc = analyzeDocument(text, 'postmortems/x.md', defaultSettings());
    assert.deepEqual(
      doc.model.actionItems.map((i) => i.owner),
      ['@ida'],
    );
  });

  const corpus = CORPUS_DIR;
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')) : [];
  it('reads every post-mortem of the shared corpus without throwing, with spans inside the document', function () {
    // Every document of the corpus: a stall detector, not a timing.
    this.timeout(120000);
    if (!files.length) {
      // The corpus lives outside the repository; without it there is nothing to read.
      console.log(`      ${CORPUS_ABSENT}`);
      this.skip();
    }
    let total = 0;
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8');
      const doc = analyzeDocument(text, `postmortems/${file}`, defaultSettings());
      assertSpansInside(doc);
      total += doc.model.actionItems.length;
      for (const finding of findings(text)) assert.ok(!finding.message.includes('stopped with an error'), `${file}: ${finding.message}`);
    }
    assert.ok(total > 0, 'the corpus has action items');
  });
});
