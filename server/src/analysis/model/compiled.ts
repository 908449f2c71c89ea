/**
 * Per-settings helpers that are costly to build (section matchers, the placeholder test), kept
 * while the settings object lives. Its own module, below the model builder and the extractors,
 * so that neither has to import the other to share it.
 */
import { PlaceholderTest } from './placeholders';
import { SectionMatcher } from './sections';
import type { Settings } from '../base/settings';

export interface Compiled {
  sections: SectionMatcher;
  premortemSections: SectionMatcher;
  placeholders: PlaceholderTest;
}

const compiledFor = new WeakMap<Settings, Compiled>();

export function compiled(settings: Settings): Compiled {
  let c = compiledFor.get(settings);
  if (!c) {
    c = {
      sections: new SectionMatcher(settings.sections),
      premortemSections: new SectionMatcher(settings.premortemSections, false),
      placeholders: new PlaceholderTest(settings.placeholders),
    };
    compiledFor.set(settings, c);
  }
  return c;
}
