import { strict as assert } from 'node:assert';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { carryFindings, changeBetween } from '../../../server/src/analysis/engine/carry';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import type { Finding } from '../../../server/src/analysis/base/findings';
import { DocumentChecks } from '../../../server/src/document-checks';
import type { SettingsProvider } from '../../../server/src/settings-provider';
import { RelatedIndex } from '../../../server/src/similarity/archive';
import { entryFromDocument } from '../../../server/src/similarity/entry';
import type { ArchiveContext } from '../../../server/src/similarity/types';

const settings = defaultSettings();

function pm(title: string, date: string, cause: string): string {
  return [
    '---',
    `date: ${date}`,
    'services: [checkout-api]',
    'trigger: capacity',
    '---',
    `# ${title}`,
    '',
    '## Summary',
    '',
    'Requests to the checkout failed at peak traffic.',
    '',
    '## Root Cause',
    '',
    cause,
    '',
    '## Action Items',
    '',
    '- [ ] Alert on pool saturation (owner: Ana Lima, due: 2026-10-01)',
    '',
  ].join('\n');
}

const EARLIER = {
  'file:///pm/checkout.md': pm(
    'Checkout latency',
    '2026-03-04',
    'The database connection pool was exhausted by slow queries, so requests waited for a free connection and timed out.',
  ),
  'file:///pm/orders.md': pm(
    'Orders stalled',
    '2026-06-10',
    'All pooled database connections were held by long transactions; new requests queued for a connection until they gave up.',
  ),
};
const DRAFT = pm(
  'Payments hung',
  '2026-09-01',
  'Long transactions and slow queries held every pooled database connection; payment requests queued until they timed out.',
);
const URI = 'file:///pm/draft.md';

function finding(start: number, end: number, fixes: Finding['fixes'] = []): Finding {
  return { ruleId: 'recurring-incident', message: 'Resembles …', start, end, severity: 'info', fixes };
}

describe('archive findings while a document is typed', () => {
  describe('carryFindings', () => {
    const before = 'alpha beta gamma delta';

    it('finds the one stretch two texts differ in', () => {
      assert.deepEqual(changeBetween(before, 'alpha beXta gamma delta'), { start: 8, end: 8, delta: 1 });
      assert.deepEqual(changeBetween(before, 'alpha gamma delta'), { start: 6, end: 11, delta: -5 });
      // Repeated letters: the prefix is taken first, and the suffix never overlaps it.
      assert.deepEqual(changeBetween('aaa', 'aaaa'), { start: 3, end: 3, delta: 1 });
      assert.equal(changeBetween(before, before), null);
    });

    it('keeps a finding before the change, moves one after it, and drops one the change touches', () => {
      const fs = [finding(0, 5), finding(11, 16), finding(6, 10), finding(17, 22)];
      // "beta" (6-10) becomes "BETA!": the finding on it goes, the two after move by one.
      const after = carryFindings(fs, before, 'alpha BETA! gamma delta');
      assert.deepEqual(
        after.map((f) => [f.start, f.end]),
        [
          [0, 5],
          [12, 17],
          [18, 23],
        ],
      );
      assert.equal('alpha BETA! gamma delta'.slice(12, 17), 'gamma');
    });

    it('counts typing at either edge of a finding as touching it', () => {
      assert.deepEqual(carryFindings([finding(6, 10)], before, 'alpha betas gamma delta'), []);
      assert.deepEqual(carryFindings([finding(6, 10)], before, 'alpha Xbeta gamma delta'), []);
      assert.deepEqual(
        carryFindings([finding(6, 10)], before, 'alphaX beta gamma delta').map((f) => f.start),
        [7],
      );
    });

    it('moves a fix with its finding, and drops a finding whose fix the change touches', () => {
      const fixed = finding(11, 16, [{ title: 'Fix', edits: [{ start: 11, end: 16, newText: 'GAMMA' }] }]);
      const reaching = finding(17, 22, [{ title: 'Fix', edits: [{ start: 6, end: 10, newText: 'B' }] }]);
      const [moved, ...rest] = carryFindings([fixed, reaching], before, 'alpha beta! gamma delta');
      assert.deepEqual(moved.fixes[0].edits, [{ start: 12, end: 17, newText: 'GAMMA' }]);
      assert.deepEqual(rest, []);
    });

    it('gives the same findings for the same text, and none from none', () => {
      const fs = [finding(0, 5)];
      assert.deepEqual(carryFindings(fs, before, before), fs);
      assert.deepEqual(carryFindings([], before, 'x'), []);
    });
  });

  describe('DocumentChecks', () => {
    let clock = 0;
    let queries = 0;
    let open: TextDocument;
    const index = new RelatedIndex();
    for (const [id, text] of Object.entries(EARLIER)) index.upsert(entryFromDocument(id, analyzeDocument(text, 'postmortems/x.md', settings), settings));
    const documents = { get: (uri: string) => (uri === URI ? open : undefined) } as unknown as TextDocuments<TextDocument>;

    function checks(carry: boolean, told: string[] = []): DocumentChecks {
      const c = new DocumentChecks(
        documents,
        {} as SettingsProvider,
        () => 'postmortems/draft.md',
        () => new Date('2026-12-01'),
        {
          ms: 40,
          clock: () => clock,
        },
      );
      c.setArchive((uri): ArchiveContext => {
        const context = index.forDocument(uri);
        return {
          ...context,
          related: (query, options) => {
            queries++;
            return context.related(query, options);
          },
        };
      });
      if (carry) c.carryArchiveWhileTyping((uri) => told.push(uri));
      return c;
    }
    const version = (text: string, v: number) => (open = TextDocument.create(URI, 'markdown', v, text));
    const recurring = (c: DocumentChecks) => c.check(open, settings).findings.filter((f) => f.ruleId === 'recurring-incident');
    const headingAt = (text: string) => text.indexOf('## Root Cause');
    const settled = () => new Promise((resolve) => setTimeout(resolve, 120));

    beforeEach(() => {
      clock = 0;
      queries = 0;
    });

    it('carries the finding from version to version while typing, and queries the archive once typing pauses', async () => {
      const told: string[] = [];
      const c = checks(true, told);
      version(DRAFT, 1);
      const [first] = recurring(c);
      assert.match(first.message, /^Resembles /);
      assert.equal(first.start, headingAt(DRAFT));
      assert.equal(queries, 1);
      // Two lines typed into the summary: the finding moves down with its heading, without a query.
      const longer = DRAFT.replace('peak traffic.\n', 'peak traffic.\nMore of the summary.\n\n');
      version(longer, 2);
      const [moved] = recurring(c);
      assert.deepEqual([moved.start, moved.end, moved.message], [headingAt(longer), headingAt(longer) + '## Root Cause'.length, first.message]);
      // The cause rewritten into another story: still the carried finding, still no query.
      const other = longer.replace(/Long transactions[^\n]*/, 'A typo in a DNS record sent mail to a parked domain.');
      version(other, 3);
      assert.equal(recurring(c).length, 1);
      assert.equal(queries, 1);
      await settled();
      // Typing paused: the archive was queried for version 3, its answer differs, the client is told.
      assert.deepEqual(told, [URI]);
      assert.equal(queries, 2);
      assert.deepEqual(recurring(c), []);
    });

    it('drops a finding on the text being typed until typing pauses, then gives it back', async () => {
      const told: string[] = [];
      const c = checks(true, told);
      version(DRAFT, 1);
      assert.equal(recurring(c).length, 1);
      const renamed = DRAFT.replace('## Root Cause\n', '## Root Causes\n');
      version(renamed, 2);
      assert.deepEqual(recurring(c), [], 'its own heading is being typed');
      await settled();
      assert.deepEqual(told, [URI]);
      const [back] = recurring(c);
      assert.deepEqual([back.start, back.end], [headingAt(renamed), headingAt(renamed) + '## Root Causes'.length]);
    });

    it('does not tell the client when the query after a pause gives the findings carried', async () => {
      const told: string[] = [];
      const c = checks(true, told);
      version(DRAFT, 1);
      const [first] = recurring(c);
      version(DRAFT.replace('peak traffic.', 'peak traffic, twice.'), 2);
      assert.equal(recurring(c)[0].message, first.message);
      await settled();
      assert.equal(queries, 2, 'queried once typing paused');
      assert.deepEqual(told, []);
    });

    it('queries at once for a version checked after a pause, and for every version when the client cannot be told', () => {
      const c = checks(true);
      version(DRAFT, 1);
      recurring(c);
      clock = 1000;
      version(DRAFT.replace('peak traffic.', 'peak hours.'), 2);
      recurring(c);
      assert.equal(queries, 2);
      const plain = checks(false);
      queries = 0;
      clock = 0;
      version(DRAFT, 3);
      recurring(plain);
      version(DRAFT.replace('peak traffic.', 'peak time.'), 4);
      recurring(plain);
      assert.equal(queries, 2);
    });

    it('forgets a closed document: no query waits for it', async () => {
      const told: string[] = [];
      const c = checks(true, told);
      version(DRAFT, 1);
      recurring(c);
      version(DRAFT.replace('## Root Cause\n', '## Root Causes\n'), 2);
      recurring(c);
      c.forget(URI);
      await settled();
      assert.deepEqual(told, []);
      assert.equal(queries, 1);
    });
  });
});
