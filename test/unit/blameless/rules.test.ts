import { analyzeDocument } from '../../../server/src/analysis/model/build';
import { strict as assert } from 'node:assert';
import { knownPeople } from '../../../server/src/analysis/model/blameless/people';
import { detectInText, isAllowed } from '../../../server/src/analysis/model/blameless/index';
import { check } from '../../../server/src/analysis/engine/engine';
import { applyEdits, type Finding, type TextEdit } from '../../../server/src/analysis/base/findings';
import type { PostmortemModel } from '../../../server/src/analysis/model/model';
import { defaultSettings, type Settings } from '../../../server/src/analysis/base/settings';

const NOW = new Date('2026-03-01T00:00:00Z');

function settingsWith(patch: Partial<Settings> = {}, rules: Settings['rules'] = {}): Settings {
  return { ...defaultSettings(), ...patch, rules };
}

function findings(text: string, ruleId: string, settings = settingsWith()): Finding[] {
  return check(text, { path: 'postmortems/2026-02-01-outage.md', settings, now: NOW }).findings.filter((f) => f.ruleId === ruleId);
}

function wordsOf(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}

function apply(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits);
}

const doc = (body: string) => `# Outage of the billing API\n\n## Summary\n\n${body}\n`;

describe('blaming-language', () => {
  it('reports the exact words, through bold and links, and says how to frame it around the system', () => {
    const text = doc('At 14:00 **Bob** forgot to run [the migration](https://wiki.test/m) before the deploy.');
    const [f, ...rest] = findings(text, 'blaming-language');
    assert.equal(rest.length, 0);
    assert.equal(wordsOf(text, f), 'Bob** forgot');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /What allowed the migration to be skipped\?/);
  });

  it('never flags the words incidents need', () => {
    const text = doc(
      [
        'The deploy failed at 14:02 and the job crashed.',
        'The node was killed, the migration was executed twice, and the error rate spiked.',
        'We keep a mistake-tolerant environment with fault injection and lazy loading.',
        'Kubernetes ignored the memory limit; the health check failed to detect it.',
      ].join(' '),
    );
    assert.deepEqual(
      findings(text, 'blaming-language').map((f) => wordsOf(text, f)),
      [],
    );
  });

  it('skips code spans, code blocks, URLs and HTML that is not a paragraph, and block quotes unless told; reads the text of an HTML paragraph', () => {
    const text = doc(
      [
        'Run `Bob forgot` and see https://x.test/bob-forgot-it.',
        '```\nAlice forgot the migration\n```',
        // A paragraph's text is prose whatever its markup: an exported post keeps its sentences in <p>.
        '<p>Carol forgot</p>',
        '<div>Erin forgot</div>',
        '<table><tr><td>Frank forgot</td></tr></table>',
        '<!-- Gina forgot -->',
        '<p title="Hana forgot">The page loaded.<script>// Ivan forgot</script><style>/* Jon forgot */</style></p>',
        '> 14:03 dave: I forgot to drain the node',
      ].join('\n\n'),
    );
    assert.deepEqual(
      findings(text, 'blaming-language').map((f) => wordsOf(text, f)),
      ['Carol forgot'],
    );
    const quoted = findings(text, 'blaming-language', settingsWith({}, { 'blaming-language': { options: { checkQuotes: true } } }));
    assert.deepEqual(
      quoted.map((f) => wordsOf(text, f)),
      ['Carol forgot', 'I forgot'],
    );
  });

  it('quotes inline code and addresses in its message as written, not as the words the reading puts in their place', () => {
    const text = doc('Sam ran `migrate --all` against the wrong database. **Kim** forgot the code freeze.');
    const found = findings(text, 'blaming-language');
    const messages = found.map((f) => f.message);
    assert.ok(
      messages.some((m) => m.startsWith('"Sam ran `migrate --all` against the wrong')),
      messages.join('\n'),
    );
    // No placeholder in the phrase: quoted as read, markup left out ("Kim forgot", not "Kim** forgot").
    assert.ok(
      messages.some((m) => m.startsWith('"Kim forgot"')),
      messages.join('\n'),
    );
    assert.ok(!messages.some((m) => /"Sam ran code\b/.test(m)), messages.join('\n'));
  });

  it('folds a quoted phrase that wraps inside a block quote to one line without its markers', () => {
    const text = doc('> Sam ran `drop table`\n> against the wrong cluster on Friday.');
    const found = findings(text, 'blaming-language', settingsWith({}, { 'blaming-language': { options: { checkQuotes: true } } }));
    const quoted = found.map((f) => f.message).find((m) => m.includes('`drop table`'));
    assert.ok(quoted, found.map((f) => f.message).join('\n'));
    assert.ok(!/>/.test(quoted.slice(0, quoted.indexOf('" '))), quoted);
    assert.match(quoted, /^"Sam ran `drop table` against the wrong/);
  });

  it('offers no name-to-role rewrite: blame on a role is still blame, so it would fix nothing', () => {
    const text = doc('Priyanka skipped the canary. Later that day priyanka ignored the page.');
    const settings = settingsWith({ owners: ['Priyanka'] });
    const found = findings(text, 'blaming-language', settings);
    assert.deepEqual(
      found.map((f) => wordsOf(text, f)),
      ['Priyanka skipped', 'priyanka ignored'],
    );
    for (const f of found) assert.ok(!f.fixes.some((x) => x.title.startsWith('Replace')), f.fixes.map((x) => x.title).join(', '));
    // The same sentence with a role in place of the name is still reported.
    const withRole = doc('A responder skipped the canary.');
    assert.deepEqual(
      findings(withRole, 'blaming-language', settings).map((f) => wordsOf(withRole, f)),
      ['A responder skipped'],
    );
  });

  it('rewrites "human error" into a prompt for the missing safeguard, and nothing else', () => {
    const text = doc('Root cause: human error during the maintenance window.\r\n\r\nHuman error, again.');
    const found = findings(text, 'blaming-language');
    assert.deepEqual(
      found.map((f) => wordsOf(text, f)),
      ['human error', 'Human error'],
    );
    const fixedOnce = apply(text, found[1].fixes.find((x) => x.title.includes('prompt'))!.edits);
    assert.ok(fixedOnce.endsWith('A missing safeguard (TODO: name the check, default or signal that let one slip cause this), again.\n'), fixedOnce);
    assert.ok(fixedOnce.startsWith(text.slice(0, found[1].start)), 'text before the phrase is untouched');
  });

  it('offers an allow-list fix carrying a config edit, and honours the allow list case-insensitively', () => {
    const text = doc('Dana was careless with the keys.');
    const [f] = findings(text, 'blaming-language');
    const allow = f.fixes.find((x) => x.title.startsWith('Allow'))!;
    assert.deepEqual(allow.configEdit, { path: ['rules', 'blaming-language', 'allow'], append: 'Dana was careless' });
    assert.deepEqual(allow.edits, []);
    assert.equal(allow.kind, 'suppress');
    const allowed = settingsWith({}, { 'blaming-language': { options: { allow: ['DANA WAS CARELESS'] } } });
    assert.deepEqual(findings(text, 'blaming-language', allowed), []);
    assert.equal(isAllowed('Dana was careless', ['careless']), true);
    assert.equal(isAllowed('Dana was careless', ['care']), false, 'entries match whole words only');
  });

  it('knows people from the roster, action item owners and the metadata', () => {
    const parsed = analyzeDocument(
      '# Post-mortem: X\n\n## Action Items\n\n- [ ] Rotate the key @oluwaseun\n- [ ] Add a canary (owner: Xiu Ying Zhao)\n',
      'postmortems/x.md',
      settingsWith({}),
    );
    assert.deepEqual(
      parsed.model.actionItems.map((i) => i.owner),
      ['@oluwaseun', 'Xiu Ying Zhao'],
    );
    const model: Pick<PostmortemModel, 'actionItems' | 'metadata'> = {
      actionItems: parsed.model.actionItems,
      metadata: [
        { key: 'incident commander', label: 'Incident Commander', canonical: null, value: 'Ngozi Adeyemi', line: 0, start: 0, end: 0, source: 'inline' },
      ],
    };
    const people = knownPeople(settingsWith({ owners: ['Tomasz'] }), model);
    for (const [sentence, words] of [
      ['Oluwaseun missed the page.', 'Oluwaseun missed'],
      ['Zhao ignored the alert.', 'Zhao ignored'],
      ['Ngozi broke the build.', 'Ngozi broke'],
      ['Tomasz skipped the tests.', 'Tomasz skipped'],
    ]) {
      const hits = detectInText(sentence, people).filter((h) => h.rule === 'blaming-language');
      assert.deepEqual(
        hits.map((h) => sentence.slice(h.start, h.end)),
        [words],
        sentence,
      );
    }
    // Without the roster, a name that is not a common first name is not enough for a verb systems share.
    assert.deepEqual(detectInText('Oluwaseun missed the page.', knownPeople(settingsWith(), { actionItems: [], metadata: [] })), []);
  });

  it('takes no name from an author that is a team or a company', () => {
    const field = (value: string) => ({
      key: 'author',
      label: 'Author',
      canonical: 'authors' as const,
      value,
      line: 0,
      start: 0,
      end: 0,
      source: 'inline' as const,
    });
    const people = knownPeople(settingsWith(), {
      actionItems: [],
      metadata: [field('The Quillbyte Team'), field('zorvane platform engineering TEAM'), field('Brightwick Ltd.'), field('Okonkwo, the Ledgerline Ops')],
    });
    for (const sentence of [
      'The outage was caused by a Quillbyte Gallery application error.',
      'The deploy was broken by a Zorvane worker crash.',
      'The rollout was caused by a Brightwick API change.',
      'The alert was missed by Ledgerline monitoring.',
    ])
      assert.deepEqual(detectInText(sentence, people), [], sentence);
    // A person who signs beside the team is still a name.
    assert.deepEqual(
      detectInText('The outage was caused by Okonkwo.', people).map((h) => h.rule),
      ['blaming-language'],
    );
  });

  it('checks headings, table cells and list items, in a CRLF document with a BOM', () => {
    const text =
      '\uFEFF# Outage\r\n\r\n## Why did the on-call engineer ignore it\r\n\r\n| When | What |\r\n| --- | --- |\r\n| 14:00 | Ops forgot the cert |\r\n\r\n- Alice was sloppy\r\n';
    const found = findings(text, 'blaming-language');
    assert.deepEqual(
      found.map((f) => wordsOf(text, f)),
      ['Ops forgot', 'Alice was sloppy'],
    );
  });

  it('stays fast and quiet on a huge document with no blame', () => {
    const para = 'The deploy failed and the job crashed, so the scheduler retried it until the queue drained.\n\n';
    const text = `# Outage\n\n## Timeline\n\n${para.repeat(4000)}`;
    assert.deepEqual(findings(text, 'blaming-language'), []);
  });

  it('asks for a new title when a heading names the failing, and keeps the usual advice in prose', () => {
    const text =
      '# Outage of the billing API\n\n## Summary\n\nThe export stopped for an hour.\n\n## What We Did Wrong\n\n- The canary stage was skipped.\n\n### How We Failed\n\nNo alert fired.\n';
    const headed = findings(text, 'blaming-language');
    assert.deepEqual(
      headed.map((f) => wordsOf(text, f)),
      ['We Did Wrong', 'We Failed'],
    );
    for (const f of headed) assert.match(f.message, /titles the section by a group's failing\. Title it by what happened instead, e\.g\. "What went wrong"/);
    const prose = doc('At 14:00 **Bob** forgot to run the migration before the deploy.');
    const [f] = findings(prose, 'blaming-language');
    assert.doesNotMatch(f.message, /titles the section/);
  });
});

describe('hindsight-language', () => {
  it('reports hindsight as a hint on the exact words, and not what blame already reports', () => {
    const text = doc(
      'This should have been caught by the nightly tests. Bob should have known. Obviously, the flag was wrong. The alert should have fired at 14:00.',
    );
    const found = findings(text, 'hindsight-language');
    assert.deepEqual(
      found.map((f) => wordsOf(text, f)),
      ['should have', 'Obviously'],
    );
    assert.ok(found.every((f) => f.severity === 'hint'));
    assert.deepEqual(
      findings(text, 'blaming-language').map((f) => wordsOf(text, f)),
      ['Bob should have known'],
    );
    const blameOff = settingsWith({}, { 'blaming-language': { severity: 'off', options: {} } });
    assert.deepEqual(
      findings(text, 'hindsight-language', blameOff).map((f) => wordsOf(text, f)),
      ['should have', 'should have', 'Obviously'],
    );
  });

  it('reads "if only" as a wish for another past, and as a condition that "only" limits when told in the present', () => {
    const text = doc(
      [
        'If only we had paged the database team at once.',
        'If only the retry were bounded, the queue would have drained.',
        'Rows are written twice if only the primary is upgraded, and skipped if only the replicas are.',
        'The job runs if only one flag has changed.',
        "It fails if only one node's disk does fill up.",
      ].join(' '),
    );
    assert.deepEqual(
      findings(text, 'hindsight-language').map((f) => wordsOf(text, f)),
      ['If only', 'If only'],
    );
  });

  it('can be allowed per phrase', () => {
    const text = doc('We could have rolled back sooner if we had trusted the graphs.');
    assert.equal(findings(text, 'hindsight-language').length, 1);
    const allowed = settingsWith({}, { 'hindsight-language': { options: { allow: ['could have'] } } });
    assert.deepEqual(findings(text, 'hindsight-language', allowed), []);
  });
});
