/**
 * Pathological Markdown: the patterns of the CommonMark reference implementation's
 * pathological suite (cmark `test/pathological_tests.py`) and of cmark-gfm's additions, plus
 * shapes that stress our own reading (a huge timeline table, thousands of action items), each
 * generated at a given size and placed in a post-mortem so the whole checker meets it.
 * Shared by the pathological tests, `npm run bench` and `npm run fuzz`.
 */

/** One pattern: `body(size)` gives about `size` characters of Markdown. */
export interface Pathological {
  name: string;
  /** The section the body goes under (default Summary); null: before the first section, where status-page updates are pasted. */
  section?: string | null;
  body(size: number): string;
}

/** `unit` repeated until the result is about `size` characters long. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

/** Lines made by `line(i)` until about `size` characters. */
function lines(size: number, line: (i: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const l = line(i);
    out.push(l);
    length += l.length + 1;
  }
  return out.join('\n');
}

/** The largest `k` with `cost(k) <= size`, for shapes whose size grows faster than their count. */
function largest(size: number, cost: (k: number) => number): number {
  let k = 1;
  while (cost(k + 1) <= size) k++;
  return k;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const PATHOLOGICAL: readonly Pathological[] = [
  // cmark's suite.
  {
    name: 'nested strong emphasis',
    body: (size) => {
      const k = Math.floor(size / 14);
      return `${'*a **a '.repeat(k)}b${' a** a*'.repeat(k)}`;
    },
  },
  { name: 'emphasis closers with no openers', body: (size) => repeat('a_ ', size) },
  { name: 'emphasis openers with no closers', body: (size) => repeat('_a ', size) },
  { name: 'link closers with no openers', body: (size) => repeat('a]', size) },
  { name: 'link openers with no closers', body: (size) => repeat('[a', size) },
  { name: 'mismatched openers and closers', body: (size) => repeat('*a_ ', size) },
  { name: 'openers and closers multiple of 3', body: (size) => `a**b${repeat('c* ', size)}` },
  { name: 'link openers and emphasis closers', body: (size) => repeat('[ a_', size) },
  { name: 'pattern [ (]( repeated', body: (size) => repeat('[ (](', size) },
  { name: 'pattern ![[]() repeated', body: (size) => repeat('![[]()', size) },
  {
    name: 'nested brackets',
    body: (size) => {
      const k = Math.floor(size / 2);
      return `${'['.repeat(k)}a${']'.repeat(k)}`;
    },
  },
  { name: 'nested block quotes', body: (size) => `${repeat('> ', size)}a` },
  {
    name: 'nested lists',
    body: (size) => {
      const k = largest(size, (n) => n * n + 4 * n);
      return Array.from({ length: k }, (_, i) => `${'  '.repeat(i)}* a`).join('\n');
    },
  },
  {
    name: 'backticks of growing length',
    body: (size) => {
      const k = largest(size, (n) => (n * (n + 3)) / 2);
      return Array.from({ length: k }, (_, i) => `e${'`'.repeat(i + 1)}`).join('');
    },
  },
  { name: 'unclosed links A', body: (size) => repeat('[a](<b', size) },
  { name: 'unclosed links B', body: (size) => repeat('[a](b', size) },
  { name: 'unclosed HTML comments', body: (size) => `</${repeat('<!--', size)}` },
  { name: 'lines that open comments', body: (size) => repeat('<!-- postmortem-disable required-sections\n', size) },
  { name: 'NUL characters', body: (size) => repeat('abc\u0000de\u0000 ', size) },
  // cmark-gfm's additions.
  { name: 'table rows with line feeds and carriage returns', body: (size) => repeat('aaa\rbbb\n-\v\n', size) },
  { name: 'many references', body: (size) => `${lines(size / 2, (i) => `[${i + 1}]: u`)}\n\n${repeat('[0] ', size / 2)}` },
  { name: 'reference collisions', body: (size) => lines(size, (i) => `[x${i + 1}]: /url\n\n[x0]\n`) },
  { name: 'reference definition amplification', body: (size) => `[a]: https://example.com/${'x'.repeat(2000)}\n\n${repeat('[a]', size - 2100)}` },
  {
    name: 'table with long rows',
    body: (size) => {
      const k = Math.floor(size / 12);
      return `${'| a '.repeat(k)}|\n${'|---'.repeat(k)}|\n${'| b '.repeat(k)}|\n`;
    },
  },
  { name: 'runs of <', body: (size) => repeat('<', size) },
  { name: 'runs of <a', body: (size) => repeat('<a', size) },
  // Deep nesting in other shapes.
  { name: 'nested lists on one line', body: (size) => `${repeat('- ', size)}a` },
  { name: 'nested quotes and lists', body: (size) => `${repeat('> 1. ', size)}a` },
  {
    name: 'nested emphasis',
    body: (size) => {
      const k = Math.floor(size / 2);
      return `${'*'.repeat(k)}a${'*'.repeat(k)}`;
    },
  },
  {
    name: 'nested images',
    body: (size) => {
      const k = Math.floor(size / 6);
      return `${'!['.repeat(k)}a${'](u)'.repeat(k)}`;
    },
  },
  { name: 'nested HTML', body: (size) => `${repeat('<div>', size / 2)}\n\n${repeat('<span>', size / 2)}` },
  { name: 'strikethrough openers', body: (size) => repeat('~a ', size) },
  { name: 'autolink literals', body: (size) => repeat('www.a_b.', size / 2) + repeat(' a@b.c_', size / 2) },
  // Lazy lines: each line that continues a list item's or a quote's paragraph without the
  // item's indentation or the quote's `>` makes micromark look back over the whole paragraph.
  { name: 'lazy lines in a list item', body: (size) => `- a\n${repeat('b\n', size)}` },
  { name: 'lazy lines in a block quote', body: (size) => `> a\n${repeat('b\n', size)}` },
  { name: 'table rows with line feeds and carriage returns in a list item', body: (size) => `- ${repeat('aaa\rbbb\n-\v\n', size)}` },
  // Our own reading: large but ordinary shapes.
  {
    name: 'timeline table of many rows',
    section: 'Timeline',
    body: (size) =>
      `| Time (UTC) | Event |\n| --- | --- |\n${lines(size, (i) => `| 2026-03-04 ${pad(Math.floor(i / 60) % 24)}:${pad(i % 60)} | Deploy ${i} restarted the workers |`)}`,
  },
  {
    name: 'table of many columns',
    body: (size) => {
      const k = Math.floor(size / 24);
      return `|${' h |'.repeat(k)}\n|${' - |'.repeat(k)}\n${`|${' c |'.repeat(k)}\n`.repeat(4)}`;
    },
  },
  { name: 'link definitions', body: (size) => lines(size, (i) => `[def ${i}]: https://example.com/${i}`) },
  { name: 'action items', section: 'Action Items', body: (size) => lines(size, (i) => `- [ ] Add an alert for queue ${i} (owner: @ana, due 2026-05-01)`) },
  // Labels back to back that make no link (`[ ]`, `[a]` with no definition): each stays text.
  { name: 'labels back to back', body: (size) => repeat('[ ]', size / 2) + repeat('[a]', size / 2) },
  { name: 'one long sentence', body: (size) => repeat('the deploy restarted a worker and ', size) },
  // Figures of the impact: a run of digits, digits grouped by thousands that never end, and a
  // line of thousands of figures.
  {
    name: 'impact of endless figures',
    section: 'Impact',
    body: (size) => [repeat('1', size / 3), repeat('123,', size / 3), repeat('1 users ', size / 3)].join('\n\n'),
  },
  // An impact with no figure, its words far apart between lines of spaces.
  { name: 'impact of blank lines', section: 'Impact', body: (size) => `Some users were affected.\n${repeat(' \n', size)}It was slow.` },
  // Open items that ask to "Improve" something, whose words are hunted for a measurable target
  // past their links, ticket keys and owner notes: links never closed, a run of capitals, owner
  // notes never closed.
  {
    name: 'vague items of unclosed links, capitals and notes',
    section: 'Action Items',
    body: (size) => ['[a](b ', 'A', '(owner '].map((unit) => `- [ ] Improve ${repeat(unit, size / 3)}`).join('\n'),
  },
  // Status-page updates, as teams paste them at the top of a post-mortem: newest first, each a
  // paragraph whose last line is its stamp; among them stamps without an update, updates without
  // a stamp, a paragraph of stamps, and updates of one very long line.
  { name: 'status-page updates', section: null, body: (size) => statusUpdates(size) },
  // One update of thousands of lines closed by a stamp, and one stamp opening thousands of lines.
  { name: 'status update of many lines', section: null, body: (size) => `${lines(size, (i) => `Update ${i} - the queue is draining`)}\n${statusStamp(0)}` },
  { name: 'stamp over many lines', section: null, body: (size) => `${statusStamp(0)}\n${lines(size, (i) => `Update ${i} - the queue is draining`)}` },
  // Updates closed by the line saying when they were posted, newest first: updates of several
  // paragraphs, "Posted" lines alone, updates run together in one paragraph, and "Posted" lines
  // of a long run of spaces that end in no stamp.
  { name: 'updates closed by Posted lines', section: null, body: (size) => postedUpdates(size) },
  // One paragraph of bold status labels joined by hard breaks, each announcing what will happen:
  // the status-log reader looks at the labels that open its lines.
  {
    name: 'bold status labels joined by hard breaks',
    section: null,
    body: (size) => lines(size, (i) => `**${i % 2 ? 'Update' : 'Monitoring'}:** we will restart queue ${i} tonight.\\`),
  },
  // A plan of rules of conduct, and one of advice to other groups: the section body signs count each item.
  { name: 'rules of conduct in a plan', section: 'Action Items', body: (size) => lines(size, (i) => `- Never deploy queue ${i} on a Friday`) },
  { name: 'advice to others in a plan', section: 'Action Items', body: (size) => lines(size, (i) => `- Package maintainers should pin queue ${i}`) },
  // Lists that open on a term and its meaning, each over tables of a hundred rows: every such list
  // is checked against the cells of the tables after it (is it the legend of the plan?).
  {
    name: 'term lists over long tables',
    section: 'Action Items',
    body: (size) => {
      const table = Array.from({ length: 100 }, (_, i) => `| Gamma ${i} | Add an alert on queue ${i} |`).join('\n');
      return repeat(`- Alpha - the first kind of work\n- Beta - the second kind\n\n| Kind | Work |\n| --- | --- |\n${table}\n\n`, size);
    },
  },
  // Times written to the hour between times written to the minute, compared at their precision.
  {
    name: 'times to the hour among minutes',
    section: 'Timeline',
    body: (size) => lines(size, (i) => (i % 2 ? `- Around ${(i % 12) + 1}pm queue ${i} drained` : `- ${pad(i % 24)}:${pad(i % 60)} UTC queue ${i} stalled`)),
  },
];

/** A status page's stamp, `minutes` after the start of 3 March. */
function statusStamp(minutes: number): string {
  const months = Math.floor(minutes / 1440);
  return `Mar ${3 + (months % 25)}, ${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)} UTC`;
}

/** About `size` characters of status-page updates, newest first (see PATHOLOGICAL). */
function statusUpdates(size: number): string {
  const status = ['Investigating', 'Identified', 'Update', 'Monitoring', 'Resolved'];
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = status[i % status.length];
    let paragraph: string;
    if (i % 50 === 49) paragraph = `**${word}** - ${'the queue drained slowly while the workers restarted and '.repeat(80)}\n${statusStamp(i)}`;
    else if (i % 10 === 3) paragraph = statusStamp(i);
    else if (i % 10 === 6) paragraph = `**${word}** - No change for queue ${i}; we are still watching it.`;
    else if (i % 10 === 8) paragraph = `${statusStamp(i)}\n${statusStamp(i)}\n${statusStamp(i)}\nThe workers of queue ${i} restarted.`;
    else paragraph = `**${word}** - We are looking into slow jobs on queue ${i} and will post again soon.\n${statusStamp(i)}`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.reverse().join('\n\n');
}

/** About `size` characters of updates closed by their "Posted" lines, newest first (see PATHOLOGICAL). */
function postedUpdates(size: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    let paragraph: string;
    if (i % 10 === 2) paragraph = `The workers of queue ${i} restarted.`;
    else if (i % 10 === 4) paragraph = `Posted ${i % 60} days ago. ${statusStamp(i)}`;
    else if (i % 10 === 6) paragraph = `Queue ${i} drains.\nPosted ${statusStamp(i)}\nQueue ${i} is slow.\nPosted ${statusStamp(i)}`;
    else if (i % 50 === 49) paragraph = `Posted${' '.repeat(3000)}about`;
    else paragraph = `We are looking into slow jobs on queue ${i}.\nPosted ${statusStamp(i)}`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.reverse().join('\n\n');
}

/** A post-mortem holding the pattern's body (about `size` characters of it) in one section. */
export function pathologicalDocument(pattern: Pathological, size: number): string {
  if (pattern.section === null) return `# Post-Mortem: Pathological input\n\n${pattern.body(size)}\n\n## Summary\n\nDate: 2026-03-04\n`;
  const section = pattern.section ?? 'Summary';
  return `# Post-Mortem: Pathological input\n\nDate: 2026-03-04\n\n## ${section}\n\n${pattern.body(size)}\n`;
}
