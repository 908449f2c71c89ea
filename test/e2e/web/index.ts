/**
 * Entry point of the web suite, loaded by VS Code for the web's extension host (a browser
 * worker): mocha's browser build, the spec reporter's lines marked for the runner
 * (run-web.mjs), and the suite's files.
 */
import 'mocha/mocha.js';

interface BrowserMocha {
  setup(options: { ui: string; reporter: string; timeout: number; color: boolean }): void;
  grep(pattern: string): void;
  run(done: (failures: number) => void): void;
}
declare const mocha: BrowserMocha;
declare const Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } };

const MARK = process.env.POSTMORTEM_E2E_MARK ?? '';

/** printf as the spec reporter uses it (%s, %d), without Node's util. */
function format(first: unknown, ...rest: unknown[]): string {
  if (first === undefined && !rest.length) return '';
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  let i = 0;
  const text = first.replace(/%[sdi]/g, () => String(rest[i++]));
  return [text, ...rest.slice(i).map(String)].join(' ');
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(MARK + format(args[0], ...args.slice(1)));
  const grep = process.env.POSTMORTEM_E2E_GREP;
  if (grep) mocha.grep(grep);
  // Loaded after setup, so `describe` and `it` exist when the file runs.
  require('./web.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
