/**
 * `npm run eval:recognition`: how often the engine takes a file for a post-mortem by itself.
 *
 * A file outside any post-mortem folder, without front matter that says what it is, is checked
 * only when its content says it is a post-mortem. Recognition needs no labels beyond yes or no,
 * so it can be measured on far more documents than the labelled corpus: a folder with `pm/`
 * (post-mortems: each should be taken) and `not/` (look-alikes such as runbooks, unfilled
 * templates, articles about post-mortems: none should be) is enough. Files are found in every
 * subfolder; a file that cannot be read as text counts as not taken, with the reason.
 *
 *   npm run eval:recognition                 our own documents (test/eval/own) and look-alikes
 *                                            (test/eval/own-lookalikes)
 *   npm run eval:recognition -- DIR          DIR/pm and DIR/not, a folder of your own
 *   npm run eval:recognition -- DIR --list   every file with how it was decided
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { judgeByItself } from './read';

/** What the engine made of one file: taken or not, and how it decided (or why it could not read it). */
export interface Verdict {
  file: string;
  expected: 'postmortem' | 'not';
  taken: boolean;
  /** The model's `detection` (`content`, `title`, `front-matter`, `not-a-postmortem` …) or why the file was not read. */
  how: string;
}

/** Figures of one run: post-mortems taken of all, look-alikes taken of all. */
export interface RecognitionFigures {
  postmortems: number;
  taken: number;
  lookalikes: number;
  falseTakes: number;
  /** Taken of post-mortems, or null without any. */
  recall: number | null;
  /** Look-alikes taken of look-alikes, or null without any. */
  falseTakeRate: number | null;
}

/** Larger files are not read: the engine's own limit for a document is far below this. */
export const MAX_BYTES = 2 * 1024 * 1024;

/** The text of a file as the editor would hold it, or why it is not text. */
export function readText(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.length > MAX_BYTES) return { reason: `larger than ${MAX_BYTES / 1024 / 1024} MB` };
  if (bytes.includes(0)) return { reason: 'binary (holds a NUL byte)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { reason: 'not UTF-8' };
  }
}

/** Counts a run's verdicts. */
export function figures(verdicts: readonly Verdict[]): RecognitionFigures {
  const pm = verdicts.filter((v) => v.expected === 'postmortem');
  const not = verdicts.filter((v) => v.expected === 'not');
  const taken = pm.filter((v) => v.taken).length;
  const falseTakes = not.filter((v) => v.taken).length;
  return {
    postmortems: pm.length,
    taken,
    lookalikes: not.length,
    falseTakes,
    recall: pm.length ? taken / pm.length : null,
    falseTakeRate: not.length ? falseTakes / not.length : null,
  };
}

const MARKDOWN = /\.(md|mdx|markdown)$/i;

/** Every Markdown file under `dir`, sorted; [] when `dir` does not exist. */
export function markdownFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) found.push(...markdownFiles(path));
    else if (stat?.isFile() && MARKDOWN.test(name) && name !== 'README.md' && name !== 'SOURCES.md' && name !== 'MISSES.md') found.push(path);
  }
  return found;
}

/** The verdicts on every file of `files`, each expected to be `expected`. */
export function judgeFiles(files: readonly string[], expected: Verdict['expected'], root: string): Verdict[] {
  return files.map((path) => {
    const file = relative(root, path);
    const read = readText(readFileSync(path));
    if ('reason' in read) return { file, expected, taken: false, how: read.reason };
    return { file, expected, ...judgeByItself(read.text) };
  });
}

const ratio = (n: number | null) => (n === null ? '—' : n.toFixed(2));

function main(): void {
  // A reader that stops early (`| head`) closes the pipe: stop quietly rather than throw.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean', default: false } } });
  const own = positionals.length === 0;
  // npm runs scripts in the package folder; a relative DIR is taken from where npm was started.
  const root = own ? __dirname : resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const pmDirs = own ? [join(__dirname, 'own')] : [join(root, 'pm')];
  const notDirs = own ? [join(__dirname, 'own-lookalikes')] : [join(root, 'not')];
  const verdicts = [
    ...pmDirs.flatMap((d) => judgeFiles(markdownFiles(d), 'postmortem', root)),
    ...notDirs.flatMap((d) => judgeFiles(markdownFiles(d), 'not', root)),
  ];
  if (!verdicts.length) {
    console.error(`npm run eval:recognition: ${root} has no Markdown files under pm/ or not/`);
    process.exitCode = 1;
    return;
  }
  const f = figures(verdicts);
  const name = own ? 'our own documents and look-alikes' : basename(root);
  console.log(`Taken for post-mortems by themselves (${name}):`);
  console.log(`  post-mortems taken   ${ratio(f.recall)} (${f.taken}/${f.postmortems})`);
  console.log(`  look-alikes taken    ${ratio(f.falseTakeRate)} (${f.falseTakes}/${f.lookalikes})`);
  const wrong = verdicts.filter((v) => v.taken !== (v.expected === 'postmortem'));
  const shown = values.list ? verdicts : wrong;
  if (shown.length) console.log(values.list ? 'Every file:' : 'Misses and false takes:');
  for (const v of shown) {
    const right = v.taken === (v.expected === 'postmortem');
    console.log(`  ${right ? ' ' : '✗'} ${v.file}: ${v.taken ? 'taken' : 'not taken'} (${v.how})`);
  }
}

if (require.main === module) main();
