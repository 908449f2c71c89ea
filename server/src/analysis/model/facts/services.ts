import type { AnalysedDocument } from '../model';
import type { FactSettings, ServiceSpec } from '../../base/settings';
import { namesOf } from './causes';

/** A service or component the incident affected, and where the document says so. */
export interface ServiceFact {
  /** The catalogue's name when the service is in the catalogue, else the name as written. */
  name: string;
  /** `front-matter` (with its key), `metadata` (a "Services affected:" line) or `mention` (a catalogue name in the text). */
  source: 'front-matter' | 'metadata' | 'mention';
  /** The front matter or metadata key, or the words mentioned. */
  key: string;
  line: number;
}

/** A front matter value that cannot be read as a list of names. */
export interface FrontMatterProblem {
  key: string;
  message: string;
}

const FRONT_MATTER_KEYS = ['services', 'service', 'components', 'component', 'systems', 'system', 'affected_services', 'affected-services', 'affected_systems'];
/** Tags are a service only when the catalogue knows them: most tags are topics. */
const TAG_KEYS = ['tags', 'labels'];
const METADATA_KEYS = new Set([
  'services affected',
  'affected services',
  'affected service',
  'service affected',
  'affected systems',
  'systems affected',
  'affected components',
  'components affected',
  'components',
  'component',
  'services',
  'service',
  'systems',
  'system',
  'impacted services',
  'services impacted',
  'impacted systems',
]);

/** Longest catalogue name, in words, that a mention can be. */
const MAX_NAME_WORDS = 4;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}._-]*/gu;

/** A catalogue's names folded to lower case, built once per settings object. */
interface Catalogue {
  byName: Map<string, string>;
  maxWords: number;
}
const catalogues = new WeakMap<readonly ServiceSpec[], Catalogue>();

function catalogue(services: readonly ServiceSpec[]): Catalogue {
  let c = catalogues.get(services);
  if (!c) {
    c = { byName: new Map(), maxWords: 1 };
    for (const spec of services) {
      for (const name of [spec.name, ...spec.aliases]) {
        const words = name.toLowerCase().match(WORD);
        if (!words || words.length > MAX_NAME_WORDS) continue;
        const key = words.join(' ');
        // Very short names ("ui", "db") would match ordinary words; they count in front matter only.
        if (key.length < 3) continue;
        if (!c.byName.has(key)) c.byName.set(key, spec.name);
        c.maxWords = Math.max(c.maxWords, words.length);
      }
    }
    catalogues.set(services, c);
  }
  return c;
}

/** The catalogue's name for a name as written, or the name itself. */
function canonicalName(name: string, c: Catalogue): string {
  const words = name.toLowerCase().match(WORD);
  return (words && c.byName.get(words.join(' '))) ?? name;
}

/** Reads the services affected: front matter lists, metadata lines, and mentions of catalogue names. */
export function readServices(doc: AnalysedDocument, settings: FactSettings, problems: FrontMatterProblem[]): ServiceFact[] {
  const out: ServiceFact[] = [];
  const seen = new Set<string>();
  const add = (fact: ServiceFact) => {
    const key = fact.name.toLowerCase();
    if (seen.has(key) || out.length >= 500) return;
    seen.add(key);
    out.push(fact);
  };
  const c = catalogue(settings.services);
  const fm = doc.model.frontMatter;
  if (fm) {
    const line = doc.lines.positionAt(fm.start).line;
    for (const key of [...FRONT_MATTER_KEYS, ...TAG_KEYS]) {
      const value = fm.data[key];
      if (value === undefined || value === null) continue;
      const names = namesOf(value);
      if (!names) {
        problems.push({
          key,
          message: `front matter "${key}" must be a list of names, not ${Array.isArray(value) ? 'a list of other things' : typeof value}; ignored`,
        });
        continue;
      }
      if (typeof value === 'string' && value.includes(','))
        problems.push({ key, message: `front matter "${key}" is a string; it was read as a comma-separated list. Write it as a YAML list: [a, b]` });
      for (const name of names) {
        if (TAG_KEYS.includes(key) && !c.byName.has((name.toLowerCase().match(WORD) ?? []).join(' '))) continue;
        add({ name: canonicalName(name, c), source: 'front-matter', key, line });
      }
    }
  }
  for (const field of doc.model.metadata) {
    if (field.source === 'front-matter' || !METADATA_KEYS.has(field.key)) continue;
    for (const name of field.value.split(/[,;]|\band\b/)) {
      const trimmed = name.replace(/[*_`]/g, '').trim();
      if (trimmed && trimmed.length <= 100) add({ name: canonicalName(trimmed, c), source: 'metadata', key: field.label, line: field.line });
    }
  }
  if (c.byName.size) mentions(doc, c, add);
  return out;
}

/** Finds catalogue names in the text, word by word, trying each run of up to `maxWords` words. */
function mentions(doc: AnalysedDocument, c: Catalogue, add: (fact: ServiceFact) => void): void {
  const text = doc.text;
  const starts: number[] = [];
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push(m[0].toLowerCase().replace(/[._-]+$/, ''));
    starts.push(m.index);
  }
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    for (let n = 0; n < c.maxWords && i + n < words.length; n++) {
      phrase = n ? `${phrase} ${words[i + n]}` : words[i];
      const name = c.byName.get(phrase);
      if (name) add({ name, source: 'mention', key: text.slice(starts[i], starts[i + n] + words[i + n].length), line: doc.lines.positionAt(starts[i]).line });
    }
  }
}
