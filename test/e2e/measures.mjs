// Measurements the end-to-end runs print ("[e2e-measure] name: value"), kept in one file for the
// run, so figures from the desktop and the web runs can be compared (budgets.mjs).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './scratch.mjs';

export const MEASURES_FILE = join(ROOT, 'test-results', 'e2e-measures.json');

export function readMeasures() {
  return existsSync(MEASURES_FILE) ? JSON.parse(readFileSync(MEASURES_FILE, 'utf8')) : {};
}

export function recordMeasure(name, value) {
  const measures = readMeasures();
  measures[name] = value;
  mkdirSync(dirname(MEASURES_FILE), { recursive: true });
  writeFileSync(MEASURES_FILE, `${JSON.stringify(measures, null, 2)}\n`);
}

export function resetMeasures() {
  rmSync(MEASURES_FILE, { force: true });
}

/** Reads a line of the suite's output: counts mocha's summary lines into `counts` and records measures. */
export function tallySuiteLine(line, counts) {
  const count = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
  if (count) counts[count[2]] = Number(count[1]);
  const measure = /^\[e2e-measure\] (.+): (.+)$/.exec(line);
  if (measure) recordMeasure(measure[1], measure[2]);
}
