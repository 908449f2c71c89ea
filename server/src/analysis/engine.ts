import type { Root } from 'mdast';
import { RULES } from '../rules/index';
import type { Report, Rule } from '../rules/types';
import { analyzeDocument } from './build';
import { isSuppressed } from './controls';
import { classifyPath, quickScan, quickScanRulesOut } from './detect';
import type { Finding, Fix, TextEdit } from './findings';
import type { AnalyzedDocument } from './model';
import type { Settings } from './settings';

/** Why a document was not checked although it may be a post-mortem. */
export interface Notice {
  message: string;
}

export interface CheckResult {
  /** The analysed document, or null when it was ruled out or could not be checked. */
  doc: AnalyzedDocument | null;
  findings: Finding[];
  notice: Notice | null;
}

export interface CheckOptions {
  /** Workspace-relative (or absolute) path, used to decide whether this is a post-mortem. */
  path?: string;
  settings: Settings;
  now?: Date;
  rules?: readonly Rule[];
  /** Parses the text; defaults to a full parse. The server passes a per-document incremental parser. */
  parse?: (text: string) => Root;
}

/** True when the text looks like a binary file rather than Markdown. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  if (sample.includes('\u0000')) return true;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replacement++;
  return sample.length > 0 && replacement / sample.length > 0.1;
}

/** Decides cheaply whether the document can be skipped without a parse. */
function ruledOut(text: string, options: CheckOptions): boolean {
  const verdict = classifyPath(options.path, options.settings);
  if (verdict === 'included') return false;
  const scan = quickScan(text);
  if (verdict === 'excluded') return !(scan.frontMatterType && /post-?mortem|incident|retrospective|pre-?mortem/.test(scan.frontMatterType));
  return quickScanRulesOut(scan);
}

/** A plain `key: value` line of YAML, where a trailing `# comment` cannot change the value. */
const YAML_SCALAR_LINE = /^\s*[\w.-]+\s*:\s+[^|>'"#\s][^#]*$/;

function lineFix(doc: AnalyzedDocument, ruleId: string, line: number): Fix | null {
  const end = doc.lines.lineEnd(line);
  const lineText = doc.lines.lineText(line);
  const pad = lineText.length && !/\s$/.test(lineText) ? ' ' : '';
  const fm = doc.model.frontMatter;
  const lineStart = doc.lines.lineStart(line);
  if (fm && lineStart >= fm.start && lineStart < fm.end) {
    // Inside front matter an HTML comment would become part of a YAML value: use a YAML comment,
    // and offer nothing where even that could change the value (block scalars, quoted text).
    if (!YAML_SCALAR_LINE.test(lineText)) return null;
    return { title: `Disable ${ruleId} for this line`, kind: 'suppress', edits: [{ start: end, end, newText: ` # postmortem-disable-line ${ruleId}` }] };
  }
  return {
    title: `Disable ${ruleId} for this line`,
    kind: 'suppress',
    edits: [{ start: end, end, newText: `${pad}<!-- postmortem-disable-line ${ruleId} -->` }],
  };
}

function fileFix(doc: AnalyzedDocument, ruleId: string): Fix {
  const fm = doc.model.frontMatter;
  const eol = doc.lines.eol;
  let edit: TextEdit;
  if (fm) {
    const at = doc.lines.lineEnd(doc.lines.positionAt(fm.end).line);
    edit = { start: at, end: at, newText: `${eol}<!-- postmortem-disable-file ${ruleId} -->` };
  } else {
    const at = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    edit = { start: at, end: at, newText: `<!-- postmortem-disable-file ${ruleId} -->${eol}` };
  }
  return { title: `Disable ${ruleId} for this file`, kind: 'suppress', edits: [edit] };
}

/** Runs every enabled rule over an analysed document and applies the inline control comments. */
export function runRules(doc: AnalyzedDocument, options: CheckOptions): Finding[] {
  const { settings } = options;
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const { meta } = rule;
    const configured = settings.rules[meta.id];
    const severity = configured?.severity ?? (meta.defaultOff && !configured ? 'off' : meta.defaultSeverity);
    if (severity === 'off') continue;
    if (doc.model.isTemplate && meta.templates === 'skip') continue;
    const ruleOptions: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(meta.options ?? {})) ruleOptions[name] = configured?.options[name] ?? spec.default;
    const report = (r: Report) => {
      const start = Math.max(0, Math.min(r.start, doc.text.length));
      const end = Math.max(start, Math.min(r.end, doc.text.length));
      findings.push({ ruleId: meta.id, message: r.message, start, end, severity, fixes: r.fixes ?? [] });
    };
    try {
      rule.check({ doc, model: doc.model, settings, options: ruleOptions, now, report });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: meta.id,
        message: `The rule ${meta.id} stopped with an error on this document and its findings are missing (${reason}). Please report this; the other rules still ran.`,
        start: 0,
        end: 0,
        severity: 'warning',
        fixes: [],
      });
    }
  }
  const kept: Finding[] = [];
  for (const finding of findings) {
    const line = doc.lines.positionAt(finding.start).line;
    if (isSuppressed(doc.model.controls, finding.ruleId, line, finding.start)) continue;
    const forLine = lineFix(doc, finding.ruleId, line);
    if (forLine) finding.fixes.push(forLine);
    finding.fixes.push(fileFix(doc, finding.ruleId));
    kept.push(finding);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}

/** Checks one document: decides whether it is a post-mortem, parses it once and runs the rules. */
export function check(text: string, options: CheckOptions): CheckResult {
  const { settings } = options;
  if (!settings.enable) return { doc: null, findings: [], notice: null };
  const byPath = classifyPath(options.path, settings) === 'included';
  if (text.length > settings.maxDocumentSize) {
    if (!byPath && ruledOut(text, options)) return { doc: null, findings: [], notice: null };
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { doc: null, findings: [], notice: { message: `This document is ${mb(text.length)}, larger than postmortem.maxDocumentSize (${mb(settings.maxDocumentSize)}), so it was not checked.` } };
  }
  if (looksBinary(text)) {
    return { doc: null, findings: [], notice: byPath ? { message: 'This file does not look like text (it holds NUL bytes or undecodable characters), so it was not checked.' } : null };
  }
  if (ruledOut(text, options)) return { doc: null, findings: [], notice: null };
  const doc = analyzeDocument(text, options.path, settings, options.parse);
  if (!doc.model.isPostmortem) return { doc, findings: [], notice: null };
  return { doc, findings: runRules(doc, options), notice: null };
}
