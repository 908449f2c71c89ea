/**
 * The one way tests check a text: `findings(text, options)` runs the engine as the server does
 * and returns the findings, of one rule when `rule` is given.
 */
import { check } from '../../server/src/analysis/engine/engine';
import type { Finding } from '../../server/src/analysis/base/findings';
import { defaultSettings, type Settings } from '../../server/src/analysis/base/settings';

export interface FindingsOptions {
  /** Only this rule's findings. */
  rule?: string;
  settings?: Settings;
  /** The document's path (default `postmortems/x.md`, so it is checked as a post-mortem). */
  path?: string;
  /** The clock rules see. */
  now?: Date;
}

export function findings(text: string, options: FindingsOptions = {}): Finding[] {
  const all = check(text, { path: options.path ?? 'postmortems/x.md', settings: options.settings ?? defaultSettings(), now: options.now }).findings;
  return options.rule ? all.filter((f) => f.ruleId === options.rule) : all;
}
