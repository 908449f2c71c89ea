import type { AnalysedDocument } from '../model';
import type { Settings } from '../../base/settings';
import { sectionsWhere } from './passages';

/** What completion offers at a position: the start of the word being typed and the choices. */
export interface FactCompletion {
  start: number;
  choices: { label: string; insert: string; detail: string }[];
}

const SERVICE_KEYS = /^(?:services|service|components|component|systems|system|affected_services|affected_systems)$/;
const CATEGORY_KEYS = /^(?:contributing_factors|contributing-factors|causes|categories|root_cause_categories)$/;
const TRIGGER_KEYS = /^(?:trigger|root_cause_trigger)$/;

/** Services offered at most; the catalogue may hold thousands, so the typed prefix filters first. */
const MAX_CHOICES = 200;

const label = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ');

/** The front matter key whose value the line at `line` belongs to: its own key, or the key above a `- item` line. */
function frontMatterKey(doc: AnalysedDocument, line: number, firstLine: number): { key: string; inline: boolean } | null {
  const own = /^([\w-]+)\s*:/.exec(doc.lines.lineText(line));
  if (own) return { key: own[1], inline: true };
  if (!/^\s+-\s|^-\s|^\s*-$/.test(doc.lines.lineText(line))) return null;
  for (let l = line - 1; l > firstLine && line - l < 200; l--) {
    const text = doc.lines.lineText(l);
    const key = /^([\w-]+)\s*:\s*$/.exec(text);
    if (key) return { key: key[1], inline: false };
    if (!/^\s*-\s|^\s*$/.test(text)) return null;
  }
  return null;
}

/**
 * Completion of the configured categories, triggers and service names: in front matter under
 * `services`/`components`/`systems`, `contributing_factors`/`causes`/`categories` and `trigger`,
 * and at the start of an item of a "Contributing factors" list.
 */
export function factCompletion(doc: AnalysedDocument, offset: number, settings: Settings): FactCompletion | null {
  const { line } = doc.lines.positionAt(offset);
  const lineStart = doc.lines.lineStart(line);
  const before = doc.text.slice(lineStart, offset);
  const word = /[\p{L}\p{N}_.-]*$/u.exec(before)![0];
  const start = offset - word.length;
  const fm = doc.model.frontMatter;
  if (fm && offset > fm.start && offset < fm.end) {
    const firstLine = doc.lines.positionAt(fm.start).line;
    const key = frontMatterKey(doc, line, firstLine);
    if (!key) return null;
    // On the key's own line, only after the colon.
    if (key.inline && !/:\s*(?:\[[^\]]*)?$/.test(before.slice(0, before.length - word.length)) && !/,\s*$/.test(before.slice(0, before.length - word.length)))
      return null;
    const prefix = word.toLowerCase();
    if (SERVICE_KEYS.test(key.key)) {
      const choices: FactCompletion['choices'] = [];
      for (const s of settings.facts.services) {
        if (choices.length >= MAX_CHOICES) break;
        if (!prefix || s.name.toLowerCase().startsWith(prefix) || s.aliases.some((a) => a.toLowerCase().startsWith(prefix)))
          choices.push({ label: s.name, insert: s.name, detail: s.aliases.length ? `service (${s.aliases.slice(0, 3).join(', ')})` : 'service' });
      }
      return { start, choices };
    }
    if (CATEGORY_KEYS.test(key.key))
      return { start, choices: settings.facts.categories.map((c) => ({ label: c.id, insert: c.id, detail: 'contributing factor' })) };
    if (TRIGGER_KEYS.test(key.key)) return { start, choices: settings.facts.triggers.map((t) => ({ label: t.id, insert: t.id, detail: 'trigger' })) };
    return null;
  }
  // At the start of an item of a "Contributing factors" list: `- ` or `- **`.
  const item = /^\s*[-*+]\s+(\*\*)?([\p{L} ]*)$/u.exec(before);
  if (!item) return null;
  const inList = sectionsWhere(doc, (h) => /\bcontributing factors?\b/.test(h)).some((s) => offset > s.heading.end && offset <= s.end);
  if (!inList) return null;
  const itemStart = offset - item[2].length - (item[1] ? 2 : 0);
  return {
    start: itemStart,
    choices: settings.facts.categories.map((c) => ({ label: label(c.id), insert: `**${label(c.id)}:** `, detail: 'contributing factor' })),
  };
}
