/** How loudly a finding is reported; `off` disables a rule. */
export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** One replacement of the text between two offsets of the checked document. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A change to the workspace configuration file rather than to the checked document, such as
 * adding a phrase to a rule's allow list. The editor turns it into an edit of that file
 * (creating it when missing); the core never touches the file system.
 */
export interface ConfigEdit {
  /** JSON path of a list in the config file, for example `["rules", "blaming-language", "allow"]`. */
  path: string[];
  /** The string to add to that list, unless the list already holds it. */
  append: string;
}

/**
 * Applies non-overlapping edits to `text`. Edits are taken in order of position; insertions at
 * the same offset keep their order, as LSP specifies.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * A fix carried as data inside the finding. Editors turn it into a code action without
 * looking anything up; the CLI could apply it the same way.
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The single obvious fix for the finding, applied by "fix all". */
  isPreferred?: boolean;
  /**
   * Set on fixes that only silence the rule (disable comments, allow lists: `suppress`), and on
   * those that correct what the checker read (reading directives: `reading`), which take the
   * finding's subject out of the model rather than fix it.
   */
  kind?: 'quickfix' | 'suppress' | 'reading';
  /** A change to the workspace configuration file, made together with `edits`. */
  configEdit?: ConfigEdit;
}

/** A place in another document that a finding refers to (LSP's related information). */
export interface RelatedLocation {
  /** The other document's URI. */
  uri: string;
  /** Zero-based line in that document. */
  line: number;
  message: string;
}

/** What a rule reports: a message about a range of the document, with optional fixes. */
export interface Finding {
  ruleId: string;
  message: string;
  start: number;
  end: number;
  severity: Exclude<Severity, 'off'>;
  fixes: Fix[];
  /** Other documents the finding refers to (rules that read the archive). */
  related?: RelatedLocation[];
}
