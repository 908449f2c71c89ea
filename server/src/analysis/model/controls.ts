import type { ControlComment } from './model';

/**
 * The body of a control comment: a rule switch (`disable…`, `enable`), or a reading directive
 * that corrects how the action items are read (`not-action-item` on an item's line,
 * `no-action-items` and `action-items` on the line before a block; `action-items/directives.ts`).
 */
const BODY = /^\s*postmortem-(disable-next-line|disable-line|disable-file|disable|enable|not-action-item|no-action-items|action-items)\b([\s\S]*)$/;

/**
 * Finds control comments in the raw value of an HTML node that starts at `offset`. Each `-->`
 * closes the nearest `<!--` before it, so a control comment written inside an unclosed note
 * still counts. One pass over the text: an unclosed `<!--` ends the search.
 */
export function readControls(value: string, offset: number, lineOf: (offset: number) => number, out: ControlComment[]): void {
  if (!value.includes('postmortem-')) return;
  let from = 0;
  for (;;) {
    const first = value.indexOf('<!--', from);
    if (first === -1) return;
    const close = value.indexOf('-->', first + 4);
    if (close === -1) return;
    const open = Math.max(first, value.lastIndexOf('<!--', close - 4));
    from = close + 3;
    const m = BODY.exec(value.slice(open + 4, close));
    if (!m) continue;
    const start = offset + open;
    const end = offset + from;
    out.push({
      kind: m[1] as ControlComment['kind'],
      rules: m[2].split(/[\s,]+/).filter(Boolean),
      start,
      end,
      line: lineOf(start),
      endLine: lineOf(end),
    });
  }
}

/** The control comments that correct the reading of action items rather than switch rules. */
export const READING_DIRECTIVES = ['not-action-item', 'no-action-items', 'action-items'] as const;

/** True for a reading directive (`postmortem-not-action-item`, …): it switches no rule. */
export function isReadingDirective(comment: ControlComment): boolean {
  return (READING_DIRECTIVES as readonly string[]).includes(comment.kind);
}

function names(comment: ControlComment, ruleId: string): boolean {
  return comment.rules.length === 0 || comment.rules.includes(ruleId);
}

/** True when the comments switch `ruleId` off at `line` / `offset`. Comments are in document order. */
export function isSuppressed(controls: readonly ControlComment[], ruleId: string, line: number, offset: number): boolean {
  let disabled = false;
  for (const c of controls) {
    if (isReadingDirective(c) || !names(c, ruleId)) continue;
    switch (c.kind) {
      case 'disable-file':
        return true;
      case 'disable-line':
        if (c.line === line || c.endLine === line) return true;
        break;
      case 'disable-next-line':
        if (c.endLine + 1 === line) return true;
        break;
      case 'disable':
        if (c.start < offset) disabled = true;
        break;
      case 'enable':
        if (c.start < offset) disabled = false;
        break;
    }
  }
  return disabled;
}

const YAML_CONTROL = /(?:^|\s)#\s*postmortem-(disable-next-line|disable-line|disable-file)\b([^\n]*)/g;

/**
 * Finds control comments written as YAML comments inside front matter
 * (`date: 2026-13-01 # postmortem-disable-line metadata-date`), where an HTML comment would
 * become part of the value.
 */
export function readYamlControls(raw: string, offset: number, lineOf: (offset: number) => number, out: ControlComment[]): void {
  if (!raw.includes('postmortem-')) return;
  YAML_CONTROL.lastIndex = 0;
  for (let m = YAML_CONTROL.exec(raw); m; m = YAML_CONTROL.exec(raw)) {
    const start = offset + m.index + m[0].indexOf('#');
    const end = offset + m.index + m[0].length;
    out.push({ kind: m[1] as ControlComment['kind'], rules: m[2].split(/[\s,]+/).filter(Boolean), start, end, line: lineOf(start), endLine: lineOf(end) });
  }
}
