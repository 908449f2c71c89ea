import type { SectionSpec } from './settings';
import { normaliseHeading } from './normalise';

/** Matches heading text to required sections by exact name, then by longest leading alias. */
export class SectionMatcher {
  private readonly exact = new Map<string, string>();
  private readonly prefixes: { name: string; id: string }[] = [];

  constructor(specs: readonly SectionSpec[]) {
    for (const spec of specs) {
      for (const name of [spec.title, ...spec.aliases]) {
        const key = normaliseHeading(name);
        if (!key) continue;
        if (!this.exact.has(key)) this.exact.set(key, spec.id);
        this.prefixes.push({ name: key, id: spec.id });
      }
    }
    this.prefixes.sort((a, b) => b.name.length - a.name.length);
  }

  /** The id of the section this heading names, or null. */
  match(heading: string): string | null {
    const key = normaliseHeading(heading);
    if (!key) return null;
    const exact = this.exact.get(key);
    if (exact) return exact;
    for (const { name, id } of this.prefixes) {
      if (key.startsWith(name) && key.charCodeAt(name.length) === 32) return id;
    }
    return null;
  }

  /** True when the heading is exactly a section name (so a first H1 is a section, not a title). */
  isExact(heading: string): boolean {
    return this.exact.has(normaliseHeading(heading));
  }
}
