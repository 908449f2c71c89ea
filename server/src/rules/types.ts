import type { Fix, RelatedLocation, Severity } from '../analysis/base/findings';
import type { AnalysedDocument, PostmortemModel } from '../analysis/model/model';
import type { OptionSpec, Settings } from '../analysis/base/settings';
import type { ArchiveContext } from '../similarity/types';

/** What every rule declares about itself. Severity is configuration's business, not the rule's. */
export interface RuleMeta {
  /** Kebab-case id, equal to the rule's file name and used as the diagnostic code. */
  id: string;
  /** One sentence: what the rule reports. */
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  /** True when some of its findings carry a fix that edits the document. */
  fixable: boolean;
  /** The rule's documentation page, relative to the extension's root. */
  docs: string;
  /** Templates are checked leniently: rules about content still to be written skip them. */
  templates: 'check' | 'skip';
  /** Off unless the rule is named in the configuration (which then runs it at `defaultSeverity`). */
  defaultOff?: boolean;
  /** Reads the archive (`context.archive`): runs only when the caller passes one (see CONTRIBUTING.md, "Archive context"). */
  archive?: boolean;
  options?: Record<string, OptionSpec>;
}

/** A finding as a rule reports it; the engine adds the severity and the suppression fixes. */
export interface Report {
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  /** Places in other documents the finding refers to. */
  related?: RelatedLocation[];
  /**
   * What the finding is about, when another rule may report the same thing (such as
   * `action-item@120` for the item starting at offset 120). The engine's arbitration
   * (`analysis/engine/arbitration.ts`) compares it; it is not shown.
   */
  subject?: string;
}

/** Everything a rule may read, and the one way it reports. */
export interface RuleContext {
  doc: AnalysedDocument;
  model: PostmortemModel;
  settings: Settings;
  /** The rule's options, defaults filled in. */
  options: Record<string, unknown>;
  /** The clock, injectable for tests. */
  now: Date;
  /** The other post-mortems of the archive, when the caller has them (the editor's workspace, `postmortem check` over a folder). */
  archive?: ArchiveContext;
  report(report: Report): void;
}

/** A check over the post-mortem model. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** The docs path for a rule id. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
