/**
 * Deterministic generator of realistic post-mortems of a given length, for the benchmark and
 * for property tests. The same seed and options always give the same text.
 *
 * A generated post-mortem has what real ones have: front matter or `Key: value` metadata, a
 * title, every required section, a timeline table and a timeline list, action items as a
 * table, as tasks and as bullets, prose paragraphs with links and emphasis, code blocks,
 * nested lists, quotes, HTML comments, and (optionally) reference links and footnotes.
 */
import { random } from '../support/random';

export interface GenerateOptions {
  /** Number of lines of the result (exact). */
  lines: number;
  seed?: number;
  /** Line break to use; default `\n`. */
  eol?: '\n' | '\r\n';
  /** Start with YAML front matter (default: chosen by the seed). */
  frontMatter?: boolean;
  /** Use reference-style links with definitions at the end, and footnotes (default true). */
  references?: boolean;
  /**
   * Add the flaws drafts have, so checks have something to report (default true): an ambiguous
   * date, an empty section, action items without owner or due date, blaming and hindsight wording.
   */
  flaws?: boolean;
}

const SERVICES = ['checkout', 'search', 'payments', 'login', 'billing', 'image-resizer', 'queue', 'dns', 'gateway', 'reporting'];
const PEOPLE = ['Ana Lima', 'Bo Chen', 'Chidi Okafor', 'Dana Weiss', 'Emil Novak', 'Farah Aziz', 'Gus Moreau', 'Hana Sato'];
const HANDLES = ['@ana', '@bo', '@chidi', '@dana', '@emil', '@farah', '@gus', '@hana'];
const VERBS = ['restarted', 'scaled', 'rolled back', 'drained', 'paged', 'throttled', 'rebuilt', 'reindexed', 'failed over', 'patched'];
const THINGS = [
  'the primary database',
  'the cache cluster',
  'the ingress controller',
  'a worker pool',
  'the message queue',
  'the DNS zone',
  'the build runners',
  'the load balancer',
];
const SYMPTOMS = [
  'error rates rose',
  'latency doubled',
  'requests timed out',
  'disk usage hit 100%',
  'the queue backed up',
  'health checks flapped',
  'memory climbed steadily',
  'connections were refused',
];
const CAUSES = [
  'a configuration change applied to more services than intended',
  'a retry loop that multiplied load during a partial outage',
  'a certificate that expired on a host nobody monitored',
  'a schema migration that locked a large table',
  'a dependency upgrade that changed a default timeout',
  'a cron job that ran twice after a clock change',
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function time(minute: number): string {
  const h = Math.floor(minute / 60) % 24;
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function day(rnd: () => number): string {
  return `2026-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
}

/** One sentence of prose, with some inline Markdown. */
function sentence(rnd: () => number, refs: boolean): string {
  const service = pick(rnd, SERVICES);
  const forms = [
    () => `The ${service} service ${pick(rnd, VERBS)} ${pick(rnd, THINGS)} after ${pick(rnd, SYMPTOMS)}.`,
    () => `We saw that ${pick(rnd, SYMPTOMS)} on \`${service}-${Math.floor(rnd() * 90) + 10}\` within a few minutes.`,
    () => `The dashboards showed *why* ${pick(rnd, SYMPTOMS)}, but the alert did not fire.`,
    () => `See the [runbook](https://runbooks.example.com/${service}) for the steps we followed.`,
    () => `The team **${pick(rnd, VERBS)}** ${pick(rnd, THINGS)} to stop the damage.`,
    () => `Nothing in the deploy log pointed at ${pick(rnd, THINGS)} at first.`,
    () => (refs ? `The vendor's status page[^vendor] and the [design notes][design] explain the limits.` : `The vendor's status page explains the limits.`),
    () => `Traffic peaked at ${Math.floor(rnd() * 9000) + 1000} requests per second, well above the usual level.`,
  ];
  return pick(rnd, forms)();
}

function paragraph(rnd: () => number, refs: boolean): string[] {
  const n = 2 + Math.floor(rnd() * 4);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(sentence(rnd, refs));
  // Wrap at about 90 columns, as people do in Markdown files.
  const out: string[] = [];
  let line = '';
  for (const word of words.join(' ').split(' ')) {
    if (line && line.length + word.length + 1 > 90) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

function codeBlock(rnd: () => number): string[] {
  const fence = rnd() < 0.8 ? '```' : '~~~';
  const lang = pick(rnd, ['', 'sh', 'yaml', 'text', 'sql']);
  const body: string[] = [];
  const n = 2 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    body.push(
      pick(rnd, [
        `$ kubectl -n ${pick(rnd, SERVICES)} get pods | grep -v Running`,
        `ERROR ${time(Math.floor(rnd() * 1440))} connection refused (pool exhausted)`,
        `max_connections: ${Math.floor(rnd() * 200)}`,
        `SELECT count(*) FROM jobs WHERE state = 'stuck';`,
        `# this heading-looking line is a comment in code`,
        `  retries: ${Math.floor(rnd() * 9)}`,
      ]),
    );
  }
  return [`${fence}${lang}`, ...body, fence];
}

function bulletList(rnd: () => number, refs: boolean): string[] {
  const out: string[] = [];
  const n = 2 + Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) {
    out.push(`- ${sentence(rnd, refs)}`);
    if (rnd() < 0.25) out.push(`  - ${sentence(rnd, refs)}`);
  }
  return out;
}

function quote(rnd: () => number, refs: boolean): string[] {
  return [`> ${sentence(rnd, refs)}`, `> ${sentence(rnd, refs)}`];
}

function timelineTable(rnd: () => number, rows: number, start: number): string[] {
  const out = ['| Time (UTC) | Event |', '| --- | --- |'];
  let minute = start;
  for (let i = 0; i < rows; i++) {
    minute += 1 + Math.floor(rnd() * 7);
    out.push(
      `| ${time(minute)} | ${pick(rnd, SYMPTOMS).replace(/^./, (c) => c.toUpperCase())}; ${pick(rnd, PEOPLE)} ${pick(rnd, VERBS)} ${pick(rnd, THINGS)}. |`,
    );
  }
  return out;
}

function timelineList(rnd: () => number, rows: number, start: number): string[] {
  const out: string[] = [];
  let minute = start;
  for (let i = 0; i < rows; i++) {
    minute += 1 + Math.floor(rnd() * 9);
    out.push(`- **${time(minute)}** ${pick(rnd, PEOPLE)} ${pick(rnd, VERBS)} ${pick(rnd, THINGS)}.`);
  }
  return out;
}

function actionTable(rnd: () => number, rows: number): string[] {
  const out = ['| Action | Owner | Due | Status |', '| --- | --- | --- | --- |'];
  for (let i = 0; i < rows; i++) {
    out.push(
      `| Alert when ${pick(rnd, SYMPTOMS)} on ${pick(rnd, SERVICES)} | ${pick(rnd, PEOPLE)} | ${day(rnd)} | ${pick(rnd, ['Open', 'In progress', 'Done'])} |`,
    );
  }
  return out;
}

function actionTasks(rnd: () => number, rows: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const done = rnd() < 0.3 ? 'x' : ' ';
    out.push(`- [${done}] Add a runbook step for ${pick(rnd, THINGS)} (${pick(rnd, HANDLES)}, due ${day(rnd)}) OPS-${1000 + Math.floor(rnd() * 9000)}`);
  }
  return out;
}

function actionBullets(rnd: () => number, rows: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    out.push(`${i + 1}. Owner: ${pick(rnd, PEOPLE)}. Make ${pick(rnd, THINGS)} fail safe when ${pick(rnd, SYMPTOMS)}. Due: ${day(rnd)}.`);
  }
  return out;
}

type Block = string[];

/** Generates one post-mortem of exactly `options.lines` lines. */
export function generatePostmortem(options: GenerateOptions): string {
  const rnd = random(options.seed ?? 1);
  const refs = options.references ?? true;
  const eol = options.eol ?? '\n';
  const frontMatter = options.frontMatter ?? rnd() < 0.5;
  const service = pick(rnd, SERVICES);
  const date = day(rnd);

  const head: string[] = [];
  if (frontMatter) {
    head.push(
      '---',
      `title: ${service} outage`,
      `date: ${date}`,
      'type: postmortem',
      `severity: SEV${1 + Math.floor(rnd() * 3)}`,
      `owner: ${pick(rnd, PEOPLE)}`,
      '---',
      '',
    );
  }
  head.push(`# Post-Mortem: ${service} outage on ${date}`, '');
  if (!frontMatter) head.push(`**Date:** ${date}  `, `**Owner:** ${pick(rnd, PEOPLE)}  `, `**Severity:** SEV2`, '');
  head.push('<!-- Keep this document blameless: describe systems and decisions, not people. -->', '');

  const start = 600 + Math.floor(rnd() * 300);
  // Each section is a heading and a growing list of blocks; the filler adds blocks round-robin.
  const short = options.lines < 150;
  const one = (): Block => [sentence(rnd, refs)];
  // Each section is a heading and a growing list of blocks; the filler adds blocks round-robin.
  // Short documents start from one line per section so that even 50 lines hold every section.
  const sections: { heading: string; blocks: Block[]; grow: () => Block }[] = [
    { heading: '## Summary', blocks: [short ? one() : paragraph(rnd, refs)], grow: () => paragraph(rnd, refs) },
    { heading: '## Impact', blocks: [short ? one() : bulletList(rnd, refs)], grow: () => (rnd() < 0.5 ? bulletList(rnd, refs) : paragraph(rnd, refs)) },
    {
      heading: '## Timeline',
      blocks: [timelineTable(rnd, short ? 2 : 6, start)],
      grow: () => (rnd() < 0.5 ? timelineTable(rnd, 8, start) : timelineList(rnd, 6, start)),
    },
    { heading: '## Root Cause', blocks: [[`The trigger was ${pick(rnd, CAUSES)}.`]], grow: () => (rnd() < 0.3 ? codeBlock(rnd) : paragraph(rnd, refs)) },
    { heading: '### Contributing Factors', blocks: [bulletList(rnd, refs).slice(0, 2)], grow: () => bulletList(rnd, refs) },
    { heading: '## Detection', blocks: [one()], grow: () => (rnd() < 0.4 ? quote(rnd, refs) : paragraph(rnd, refs)) },
    { heading: '## Resolution', blocks: [one()], grow: () => (rnd() < 0.4 ? codeBlock(rnd) : paragraph(rnd, refs)) },
    {
      heading: '## Lessons Learned',
      blocks: short ? [bulletList(rnd, refs).slice(0, 1)] : [['### What went well'], bulletList(rnd, refs), ['### What went wrong'], bulletList(rnd, refs)],
      grow: () => bulletList(rnd, refs),
    },
    {
      heading: '## Action Items',
      blocks: short ? [actionTable(rnd, 2)] : [actionTable(rnd, 2), actionTasks(rnd, 2)],
      grow: () => pick(rnd, [actionTable, actionTasks, actionBullets])(rnd, 3),
    },
  ];
  // Short documents keep only the sections most templates have.
  if (short) sections.splice(0, sections.length, ...sections.filter((s) => s.heading !== '### Contributing Factors' && s.heading !== '## Detection'));
  if (options.flaws ?? true) {
    head.splice(head.length - 2, 0, 'Last updated: 03/04/2026', '');
    sections
      .find((s) => s.heading === '## Root Cause')
      ?.blocks.push([`${pick(rnd, PEOPLE).split(' ')[0]} should have noticed the alert sooner; it was human error.`]);
    sections.find((s) => s.heading === '## Action Items')?.blocks.push(['- Improve monitoring', '- [ ] Write a runbook for the failover (due: TBD)']);
    sections.splice(sections.length - 1, 0, { heading: '## Follow-up Questions', blocks: [['TBD']], grow: () => ['TBD'] });
  }
  const tail: string[] = [];
  if (refs) tail.push('[design]: https://docs.example.com/design "Design notes"', '', '[^vendor]: The vendor posted an update two hours after the start.');

  const count = () => head.length + sections.reduce((n, s) => n + 2 + s.blocks.reduce((m, b) => m + b.length + 1, 0), 0) + (tail.length ? tail.length + 1 : 0);
  // Long documents also get investigation notes: subsections with prose, logs and lists.
  let note = 0;
  let turn = 0;
  for (;;) {
    const budget = options.lines - count();
    if (budget < 14) break;
    if (turn % 4 === 3) {
      note++;
      const blocks: Block[] = [paragraph(rnd, refs), rnd() < 0.5 ? codeBlock(rnd) : bulletList(rnd, refs)];
      sections.splice(4, 0, { heading: `### Investigation note ${note}`, blocks, grow: () => paragraph(rnd, refs) });
    } else {
      const section = sections[turn % sections.length];
      section.blocks.push(section.grow());
    }
    turn++;
  }

  const out: string[] = [...head];
  for (const section of sections) {
    out.push(section.heading, '');
    for (const block of section.blocks) out.push(...block, '');
  }
  if (tail.length) out.push(...tail, '');
  // Fill the last few lines with short notes so the length is exact.
  if (out.length < options.lines) {
    const missing = options.lines - out.length;
    const notes: string[] = [];
    if (missing >= 3) {
      notes.push('## Notes', '');
      while (notes.length < missing - 1) notes.push(`- ${pick(rnd, PEOPLE)} reviewed this section.`);
      notes.push('');
    }
    while (notes.length < missing) notes.push('');
    out.push(...notes);
  }
  const lines = out.slice(0, Math.max(options.lines, 1));
  // The last line has no break after it, so the document has exactly `lines` lines.
  return lines.join(eol);
}
