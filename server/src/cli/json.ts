/**
 * The shapes of the command line's JSON output (`check --format json`), which the SARIF writer
 * (`sarif.ts`) also reads: kept apart from `main.ts` so that neither imports the other.
 */

/** One finding in the CLI's JSON output. Lines and columns are 1-based. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: string;
  message: string;
}

/**
 * A file the checker did not check although it may be a post-mortem (binary, too costly to
 * parse, too large), in the JSON output beside the findings: `ruleId` null and severity `notice`,
 * as ESLint marks a file it could not lint, at the file's start.
 */
export interface JsonNotice {
  file: string;
  line: 1;
  column: 1;
  endLine: 1;
  endColumn: 1;
  ruleId: null;
  severity: 'notice';
  message: string;
}
