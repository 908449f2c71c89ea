import { strict as assert } from 'node:assert';
import MiniSearch from 'minisearch';
import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { addArchiveFindings, check } from '../../../server/src/analysis/engine/engine';
import { defaultSettings } from '../../../server/src/analysis/base/settings';
import { BOOST, BM25, RelatedIndex } from '../../../server/src/similarity/archive';
import { describeWhy } from '../../../server/src/similarity/describe';
import { entryFromDocument, entryFromSummary } from '../../../server/src/similarity/entry';
import { termsOf } from '../../../server/src/similarity/terms';
import { FIELD_BUDGET, incidentText, isIncidentText } from '../../../server/src/similarity/text';
import { TEXT_FIELDS, type IncidentEntry } from '../../../server/src/similarity/types';
import { fromCheck } from '../../../server/src/workspace/index-core';
import { generateArchive, toEntry } from '../../eval/related-archive';
import { fastest } from '../../support/engine-properties';

const settings = defaultSettings();

/** A small post-mortem of our own. */
function pm(o: {
  title: string;
  date?: string;
  services?: string[];
  trigger?: string;
  summary: string;
  cause?: string;
  impact?: string;
  items?: string[];
}): string {
  const fm = [o.date ? `date: ${o.date}` : '', o.services ? `services: [${o.services.join(', ')}]` : '', o.trigger ? `trigger: ${o.trigger}` : ''].filter(
    Boolean,
  );
  return [
    ...(fm.length ? ['---', ...fm, '---'] : []),
    `# ${o.title}`,
    '',
    '## Summary',
    '',
    o.summary,
    '',
    ...(o.cause ? ['## Root Cause', '', o.cause, ''] : []),
    '## Impact',
    '',
    o.impact ?? 'Some requests failed for 20 minutes.',
    '',
    '## Action Items',
    '',
    ...(o.items ?? []),
    '',
  ].join('\n');
}

const ARCHIVE: Record<string, string> = {
  'file:///pm/checkout.md': pm({
    title: 'Checkout latency',
    date: '2026-03-04',
    services: ['checkout-api'],
    trigger: 'capacity',
    summary: 'Checkout requests hung during the spring sale.',
    cause: 'The database connection pool was exhausted by slow queries, so requests waited for a free connection and timed out.',
    items: ['- [ ] Alert on connection pool saturation (owner: Ana Lima, due: 2026-03-20)', '- [x] Raise the pool limit (owner: Omar Haddad, due: 2026-03-10)'],
  }),
  'file:///pm/search.md': pm({
    title: 'Search outage',
    date: '2026-05-19',
    services: ['search'],
    trigger: 'change',
    summary: 'Search returned errors after a release.',
    cause: 'A mapping change in the release made the search cluster reject every query.',
    items: ['- [x] Validate mappings before release (owner: Mei Chen, due: 2026-05-30)'],
  }),
  'file:///pm/orders.md': pm({
    title: 'Orders stalled',
    date: '2026-06-10',
    services: ['checkout-api'],
    trigger: 'capacity',
    summary: 'Placing an order took minutes at peak traffic.',
    cause: 'All pooled database connections were held by long transactions; new requests queued for a connection until they gave up.',
    items: ['- [x] Cap transaction length (owner: Tom Berg, due: 2026-06-20)', '- [x] Add a pool dashboard (owner: Ana Lima, due: 2026-06-25)'],
  }),
  'file:///pm/cert.md': pm({
    title: 'Certificate expired',
    date: '2026-07-02',
    services: ['edge'],
    trigger: 'configuration',
    summary: 'Clients refused to connect to the API.',
    cause: 'The TLS certificate at the edge expired because its renewal job had stopped.',
  }),
};

const NEW_DRAFT = pm({
  title: 'Payments hung at the sale',
  date: '2026-09-01',
  services: ['checkout-api'],
  trigger: 'capacity',
  summary: 'Payments hung for half an hour during the autumn sale.',
  cause: 'Long transactions and slow queries held every pooled database connection; payment requests queued for a connection until they timed out.',
});

function entry(id: string, text: string): IncidentEntry {
  return entryFromDocument(id, analyzeDocument(text, 'postmortems/x.md', settings), settings);
}

function archive(docs: Record<string, string> = ARCHIVE): RelatedIndex {
  const index = new RelatedIndex();
  for (const [id, text] of Object.entries(docs)) index.upsert(entry(id, text));
  return index;
}

describe('related post-mortems: ranking and explanation', () => {
  it('ranks the incidents of the same cause first, though they are worded differently', () => {
    const results = archive().related(entry('file:///pm/new.md', NEW_DRAFT));
    assert.deepEqual(
      results.slice(0, 2).map((r) => r.entry.id),
      ['file:///pm/checkout.md', 'file:///pm/orders.md'].sort(
        (a, b) => results.findIndex((r) => r.entry.id === a) - results.findIndex((r) => r.entry.id === b),
      ),
    );
    assert.ok(results[0].score > 0.2, `score ${results[0].score}`);
    const unrelated = results.find((r) => r.entry.id === 'file:///pm/cert.md');
    assert.ok(!unrelated || unrelated.score < results[1].score / 2, 'the certificate incident is far behind');
  });

  it('explains a result: the shared terms with the fields they occur in, and the facts both give', () => {
    const [first] = archive().related(entry('file:///pm/new.md', NEW_DRAFT));
    const words = first.why.terms.map((t) => t.text);
    assert.ok(
      words.some((w) => /connection|pool|database/.test(w)),
      words.join(', '),
    );
    assert.ok(first.why.terms.every((t) => t.fields.length > 0));
    assert.ok(first.why.terms.some((t) => t.fields.includes('rootCause')));
    assert.deepEqual(first.why.services, ['checkout-api']);
    assert.equal(first.why.trigger, 'capacity');
    assert.equal(first.why.parts.services, 1);
    assert.match(describeWhy(first.why), /^both checkout-api and capacity trigger; shared words "/);
  });

  it('shows a phrase rather than the words it is made of', () => {
    const index = new RelatedIndex();
    const a = { ...entry('a', NEW_DRAFT), id: 'a' };
    const base = { title: 'x', summary: '', impact: '', rootCauseLine: 1 };
    index.upsert({ ...a, text: { ...base, rootCause: 'The connection pool was exhausted.' } });
    index.upsert({ ...a, id: 'b', text: { ...base, rootCause: 'Our connection pool ran dry overnight.' } });
    index.upsert({ ...a, id: 'c', text: { ...base, rootCause: 'A disk filled up.' } });
    const [first] = index.related({ ...a, text: { ...base, rootCause: 'Exhausted connection pool again.' } });
    assert.equal(first.entry.id, 'b');
    assert.deepEqual(first.why.terms[0], { text: 'connection pool', fields: ['rootCause'] });
    assert.ok(!first.why.terms.some((t) => t.text === 'pool' || t.text === 'connection'));
  });

  it('keeps only earlier incidents with `before`, and at most `limit`', () => {
    const index = archive();
    const query = entry('file:///pm/orders.md', ARCHIVE['file:///pm/orders.md']);
    const earlier = index.related(query, { before: query.day });
    assert.ok(earlier.every((r) => r.entry.day! < '2026-06-10'));
    assert.equal(earlier[0].entry.id, 'file:///pm/checkout.md');
    assert.equal(index.related(query, { limit: 1 }).length, 1);
    assert.equal(index.related(query, { limit: 0 }).length, 0);
  });

  it('is updated entry by entry: a changed file moves in the ranking, a removed one is gone, an unchanged one costs nothing', () => {
    const index = archive();
    const query = entry('file:///pm/new.md', NEW_DRAFT);
    const before = index.generation;
    assert.equal(index.upsert(entry('file:///pm/cert.md', ARCHIVE['file:///pm/cert.md'])), false);
    assert.equal(index.generation, before);
    // The certificate post-mortem is rewritten about the connection pool: it now ranks high.
    index.upsert(
      entry(
        'file:///pm/cert.md',
        ARCHIVE['file:///pm/cert.md'].replace(
          'The TLS certificate at the edge expired because its renewal job had stopped.',
          'Slow queries held every database pool connection and requests timed out waiting.',
        ),
      ),
    );
    assert.ok(index.generation > before);
    const moved = index.related(query);
    assert.ok(moved.findIndex((r) => r.entry.id === 'file:///pm/cert.md') <= 2);
    // A replaced entry leaves nothing behind: the next query ranks exactly the same.
    assert.deepEqual(index.related(query), moved);
    assert.equal(index.remove('file:///pm/checkout.md'), true);
    assert.equal(index.remove('file:///pm/checkout.md'), false);
    assert.ok(!index.related(query).some((r) => r.entry.id === 'file:///pm/checkout.md'));
  });

  it('scores the words with BM25 as MiniSearch does over the same terms', () => {
    const archived = [...Object.entries(ARCHIVE).map(([id, text]) => entry(id, text)), ...generateArchive(50, 1).map(toEntry)];
    const index = new RelatedIndex();
    for (const e of archived) index.upsert(e);
    const base = { title: '', summary: '', impact: '', rootCauseLine: 1 };
    const queries: IncidentEntry[] = [
      { ...entry('q1', NEW_DRAFT), id: 'q1', text: { ...base, title: 'Pool exhausted', rootCause: 'Slow queries held the connection pool.' } },
      {
        ...entry('q2', NEW_DRAFT),
        id: 'q2',
        text: { ...base, summary: 'The certificate expired.', rootCause: 'Renewal stopped; the TLS certificate lapsed.' },
      },
      { ...entry('q3', NEW_DRAFT), id: 'q3', text: { ...base, rootCause: 'The disk filled with logs.', impact: 'Writes to the ledger failed.' } },
    ];
    for (const query of queries) {
      // With at most twelve distinct terms, the query is all of them: MiniSearch can be asked the same.
      const counts = new Map<string, number>();
      for (const field of TEXT_FIELDS) for (const { term } of termsOf(query.text[field])) counts.set(term, (counts.get(term) ?? 0) + BOOST[field]);
      assert.ok(counts.size <= 12, `${counts.size} terms`);
      const search = new MiniSearch({
        fields: [...TEXT_FIELDS],
        tokenize: (text) => termsOf(text).map((t) => t.term),
        processTerm: (term) => term,
        searchOptions: { bm25: BM25 },
      });
      for (const e of [...archived, query]) search.add({ id: e.id, ...e.text });
      const hits = search.search([...counts.keys()].join(' '), {
        boost: BOOST,
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        boostTerm: (term) => Math.log(1 + counts.get(term)!),
      });
      const yardstick = hits.find((h) => h.id === query.id)!.score;
      const expected = new Map(hits.filter((h) => h.id !== query.id).map((h) => [h.id, Math.round(Math.sqrt(Math.min(1, h.score / yardstick)) * 1000) / 1000]));
      const results = index.related(query, { limit: 50 });
      assert.equal(results.length, Math.min(50, expected.size), query.id);
      assert.ok(expected.size > 3, query.id);
      for (const r of results) assert.equal(r.why.parts.text, expected.get(r.entry.id), `${query.id} → ${r.entry.id}`);
      index.remove(query.id);
    }
  });

  it('after edits field by field, removals and returns, answers as an index built afresh', () => {
    const generated = generateArchive(60, 4).map(toEntry);
    const edited = new RelatedIndex();
    for (const e of generated) edited.upsert(e);
    const final = generated.map((e, i) => {
      let current = e;
      const change = (next: IncidentEntry) => {
        current = next;
        edited.related(current, { limit: 3 });
      };
      if (i % 3 === 0) change({ ...current, text: { ...current.text, rootCause: `${current.text.rootCause} A retry storm then filled the queue.` } });
      if (i % 3 === 1) {
        change({ ...current, text: { ...current.text, summary: 'The disk filled up.' } });
        change({ ...current, text: { ...current.text, summary: e.text.summary } });
      }
      if (i % 4 === 0) change({ ...current, text: { ...current.text, title: `${current.text.title} again`, impact: '' }, services: ['ledger'] });
      if (i % 5 === 0) {
        edited.remove(e.id);
        if (i % 10 === 0) return null;
        edited.upsert(current);
      }
      return current;
    });
    const kept = final.filter((e): e is IncidentEntry => e !== null);
    const fresh = new RelatedIndex();
    for (const e of kept) fresh.upsert(e);
    assert.equal(edited.size, fresh.size);
    for (const e of kept) assert.deepEqual(edited.related(e, { limit: 8 }), fresh.related(e, { limit: 8 }), e.id);
  });

  it('answers nothing from an empty archive, or for a document that shares no word with it', () => {
    assert.deepEqual(new RelatedIndex().related(entry('file:///pm/new.md', NEW_DRAFT)), []);
    const index = archive();
    assert.deepEqual(
      index.related({ ...entry('z', NEW_DRAFT), id: 'z', text: { title: '', summary: '', rootCause: '', impact: '', rootCauseLine: null } }),
      [],
    );
  });

  it('stays bounded on a 5,000-post-mortem archive: at most 50 results, and a query in milliseconds', function () {
    this.timeout(120_000);
    const index = new RelatedIndex();
    const generated = generateArchive(5000, 3);
    for (const g of generated) index.upsert(toEntry(g));
    assert.equal(index.size, 5000);
    const query = toEntry(generated[4999]);
    let results: ReturnType<typeof index.related> = [];
    // CPU time, not the clock: a busy machine's other work does not count.
    const ms = fastest(() => (results = index.related(query, { limit: 500 })), 1);
    assert.equal(results.length, 50);
    assert.ok(results.every((r, i) => i === 0 || results[i - 1].score >= r.score));
    // Generous for a loaded machine: the bench holds the real budget (0.05× a 500-line parse on 2,000 documents).
    assert.ok(ms < 1000, `${ms} ms`);
  });
});

describe('related post-mortems: what is read of a document', () => {
  it('reads title, summary, root cause and impact as plain words, and the root-cause line', () => {
    const text = incidentText(analyzeDocument(ARCHIVE['file:///pm/checkout.md'], 'postmortems/a.md', settings));
    assert.equal(text.title, 'Checkout latency');
    assert.match(text.rootCause, /^The database connection pool was exhausted/);
    assert.equal(text.rootCauseLine, ARCHIVE['file:///pm/checkout.md'].split('\n').indexOf('## Root Cause'));
    assert.ok(isIncidentText(text));
  });

  it('reads a document with no root cause: empty text and no line, and the rule stays quiet', () => {
    const text = pm({
      title: 'Checkout latency again',
      date: '2026-09-09',
      services: ['checkout-api'],
      summary: 'The database connection pool was exhausted again.',
    });
    const read = incidentText(analyzeDocument(text, 'postmortems/a.md', settings));
    assert.equal(read.rootCause, '');
    assert.equal(read.rootCauseLine, null);
    const index = archive();
    const result = check(text, { path: 'postmortems/a.md', settings, archive: index.forDocument('file:///pm/no-cause.md') });
    assert.ok(!result.findings.some((f) => f.ruleId === 'recurring-incident'));
  });

  it('bounds each field, and a persisted field over its bound is refused', () => {
    const long = pm({ title: 'Long', summary: 'word '.repeat(5000), cause: 'cause '.repeat(5000) });
    const read = incidentText(analyzeDocument(long, 'postmortems/a.md', settings));
    assert.ok(read.summary.length <= FIELD_BUDGET.summary && read.rootCause.length <= FIELD_BUDGET.rootCause);
    assert.equal(isIncidentText({ ...read, summary: 'x'.repeat(FIELD_BUDGET.summary + 1) }), false);
    assert.equal(isIncidentText({ ...read, rootCauseLine: 'one' }), false);
  });

  it('gives the same entry from the index summary as from the document', () => {
    const text = ARCHIVE['file:///pm/checkout.md'];
    const summary = { ...fromCheck(check(text, { path: 'postmortems/a.md', settings }), 'full', settings), uri: 'file:///pm/checkout.md' };
    assert.deepEqual(entryFromSummary(summary), entry('file:///pm/checkout.md', text));
  });

  it('finds the same cause told with other words for one thing (a password, a token), and shows both words', () => {
    const docs: Record<string, string> = {
      'file:///pm/keys.md': pm({
        title: 'Reports job locked out',
        date: '2026-02-03',
        summary: 'The nightly reports job stopped working.',
        cause: 'The service token was replaced by the vault, but the job kept presenting the old one.',
      }),
      'file:///pm/disk.md': pm({
        title: 'Reports job stopped',
        date: '2026-03-03',
        summary: 'The nightly reports job stopped working and the on-call engineer was paged.',
        cause: 'The volume filled up with old exports, and the job could not write its output.',
      }),
    };
    const [first] = archive(docs).related(
      entry(
        'file:///pm/new.md',
        pm({
          title: 'Billing job locked out',
          date: '2026-04-01',
          summary: 'The billing job stopped working and the on-call engineer was paged.',
          cause: 'The database password was replaced, but the job kept presenting the old one.',
        }),
      ),
    );
    assert.equal(first.entry.id, 'file:///pm/keys.md');
    assert.ok(
      first.why.terms.some((t) => t.text === 'password / token'),
      first.why.terms.map((t) => t.text).join(', '),
    );
  });

  it('does not take the words of every incident response for a shared cause', () => {
    const terms = termsOf('Requests failed with errors; the on-call engineer was paged and the status page updated.').map((t) => t.term);
    assert.deepEqual(terms, ['page']);
  });

  it('keeps the stems it made in a memo when given one, with the same terms', () => {
    const text = 'The pooled connections were exhausted; the pool ran dry.';
    const stems = new Map<string, string>();
    assert.deepEqual(termsOf(text, stems), termsOf(text));
    assert.deepEqual(
      [...stems],
      [
        ['pooled', 'pool'],
        ['connections', 'connect'],
        ['exhausted', 'exhaust'],
        ['pool', 'pool'],
        ['ran', 'ran'],
        ['dry', 'dry'],
      ],
    );
    // A word in the memo is not stemmed again: the memo's stem is the one used.
    stems.set('dry', 'arid');
    assert.ok(termsOf(text, stems).some((t) => t.term === 'arid'));
  });

  it('cuts words into stems and neighbouring pairs, leaving out common words and numbers', () => {
    assert.deepEqual(
      termsOf('The pooled connections, 40 of them, were exhausted.').map((t) => t.term),
      ['pool', 'pool_connect', 'connect', 'exhaust'],
    );
    // Linear on a long run without separators: one word too long to be a word.
    assert.deepEqual(termsOf('a'.repeat(200_000)), []);
  });
});

describe('recurring-incident', () => {
  function findings(text: string, docs: Record<string, string> = ARCHIVE, id = 'file:///pm/new.md') {
    const index = archive(docs);
    return check(text, { path: 'postmortems/new.md', settings, archive: index.forDocument(id) }).findings.filter((f) => f.ruleId === 'recurring-incident');
  }

  it('with a stricter threshold, names the closest earlier incident only', () => {
    // The draft shares most with 'Orders stalled' (about 0.43) and less with 'Checkout latency' (about 0.25).
    const strict = defaultSettings();
    strict.rules['recurring-incident'] = { severity: 'info', options: { minScore: 0.35 } };
    const index = archive();
    const [finding] = check(NEW_DRAFT, { path: 'postmortems/new.md', settings: strict, archive: index.forDocument('file:///pm/new.md') }).findings.filter(
      (f) => f.ruleId === 'recurring-incident',
    );
    assert.match(finding.message, /^Resembles 'Orders stalled' \(2026-06-10\)\. 'Orders stalled' \(2026-06-10\) had all 2 of its action items done/);
  });

  it('names the earlier incidents on the root-cause heading, with their open items and related information', () => {
    const [finding, ...rest] = findings(NEW_DRAFT);
    assert.equal(rest.length, 0);
    assert.equal(NEW_DRAFT.slice(finding.start, finding.end), '## Root Cause');
    assert.match(
      finding.message,
      /^Resembles '(Checkout latency|Orders stalled)' \(2026-0\d-\d\d\) and '(Checkout latency|Orders stalled)' \(2026-0\d-\d\d\); 1 of their action items is still open\./,
    );
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.related?.map((r) => r.uri).sort(), ['file:///pm/checkout.md', 'file:///pm/orders.md']);
    const checkout = finding.related.find((r) => r.uri === 'file:///pm/checkout.md')!;
    assert.equal(checkout.line, ARCHIVE['file:///pm/checkout.md'].split('\n').indexOf('## Root Cause'));
    assert.match(checkout.message, /^'Checkout latency' \(2026-03-04\): both checkout-api/);
  });

  it('says the fix did not hold when every item of an earlier incident was done and due before this one', () => {
    const [finding] = findings(NEW_DRAFT);
    assert.match(
      finding.message,
      /'Orders stalled' \(2026-06-10\) had all 2 of its action items done, due by 2026-06-25, before this incident: the fix did not hold\./,
    );
    assert.doesNotMatch(finding.message, /'Checkout latency' \(2026-03-04\) had/);
  });

  it('looks only at earlier incidents: the first of its kind gets no finding', () => {
    assert.deepEqual(findings(ARCHIVE['file:///pm/checkout.md'], ARCHIVE, 'file:///pm/checkout.md'), []);
  });

  it('takes a draft without a date as the newest', () => {
    const draft = NEW_DRAFT.replace('date: 2026-09-01\n', '');
    assert.equal(findings(draft).length, 1);
  });

  it('is silent without an archive, in an empty archive, and for a template', () => {
    assert.ok(!check(NEW_DRAFT, { path: 'postmortems/new.md', settings }).findings.some((f) => f.ruleId === 'recurring-incident'));
    assert.deepEqual(findings(NEW_DRAFT, {}), []);
    assert.deepEqual(findings(`---\ntemplate: true\n---\n${NEW_DRAFT.replace(/^---\n/, '')}`), []);
  });

  it('follows minScore and maxShown', () => {
    const strict = defaultSettings();
    strict.rules['recurring-incident'] = { severity: 'info', options: { minScore: 0.99 } };
    const index = archive();
    assert.ok(
      !check(NEW_DRAFT, { path: 'postmortems/new.md', settings: strict, archive: index.forDocument('file:///pm/new.md') }).findings.some(
        (f) => f.ruleId === 'recurring-incident',
      ),
    );
    const one = defaultSettings();
    one.rules['recurring-incident'] = { severity: 'info', options: { maxShown: 1 } };
    const [finding] = check(NEW_DRAFT, { path: 'postmortems/new.md', settings: one, archive: index.forDocument('file:///pm/new.md') }).findings.filter(
      (f) => f.ruleId === 'recurring-incident',
    );
    assert.equal(finding.related?.length, 1);
    assert.doesNotMatch(finding.message, / and '/);
  });

  it('adds its findings to a check made without the archive, in document order', () => {
    const base = check(NEW_DRAFT, { path: 'postmortems/new.md', settings });
    const index = archive();
    const merged = addArchiveFindings(base, { path: 'postmortems/new.md', settings, archive: index.forDocument('file:///pm/new.md') });
    assert.equal(merged.findings.length, base.findings.length + 1);
    assert.ok(merged.findings.every((f, i) => i === 0 || merged.findings[i - 1].start <= f.start));
    assert.equal(addArchiveFindings(base, { path: 'postmortems/new.md', settings }), base);
  });
});
