/**
 * The names configured for each section (its title and aliases), matched as written: the part of
 * the heading reader that needs no word lists. The editor's side uses it alone (where a new
 * document's summary goes), so the web client does not carry the reading by meaning, which is
 * most of `sections.ts`; the language server's `SectionMatcher` builds on it.
 */
import type { SectionSpec } from '../base/settings';
import { normaliseHeading } from '../base/normalise';

/** A configured name found in a heading: the section, the name as written, and the words after it. */
export interface NamedSection {
  id: string;
  name: string;
  /** True when the heading is the name and nothing else. */
  exact: boolean;
  /** The normalised words after a name that only starts the heading ("of events" in "Summary of events"). */
  rest: string;
}

export class SectionNames {
  private readonly exact = new Map<string, { id: string; name: string }>();
  private readonly prefixes: { key: string; id: string; name: string }[] = [];

  constructor(specs: readonly SectionSpec[]) {
    for (const spec of specs) {
      for (const name of [spec.title, ...spec.aliases]) {
        const key = normaliseHeading(name);
        if (!key) continue;
        if (!this.exact.has(key)) this.exact.set(key, { id: spec.id, name });
        this.prefixes.push({ key, id: spec.id, name });
      }
    }
    this.prefixes.sort((a, b) => b.key.length - a.key.length);
  }

  /** True when the heading is exactly a section name (so a first H1 is a section, not a title). */
  isExact(heading: string): boolean {
    return this.exact.has(normaliseHeading(heading));
  }

  /** The configured name the heading is, or starts with as whole words ("Summary of events"); null when none. */
  byName(text: string): NamedSection | null {
    const key = normaliseHeading(text);
    if (!key) return null;
    const exact = this.exact.get(key);
    if (exact) return { ...exact, exact: true, rest: '' };
    for (const { key: name, id, name: written } of this.prefixes) {
      if (key.startsWith(name) && key.charCodeAt(name.length) === 32) return { id, name: written, exact: false, rest: key.slice(name.length + 1) };
    }
    return null;
  }
}
