/**
 * YAML as the model reads it, for front matter and Backstage `catalog-info.yaml` files: js-yaml
 * with the YAML 1.2 core schema, so dates stay strings unless tagged `!!timestamp`, `yes` and `no`
 * stay words, and a key written twice is an error. A tag the schema does not know (`!service`,
 * `!!python/name`) reads its node as if untagged rather than failing the document. js-yaml keeps
 * an alias as a second reference to its anchor's value, so reading costs what the text does; a
 * walk of the result meets every alias again, and `readYaml` refuses a document whose aliases
 * would make that walk much longer than the text, or endless.
 */
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type, YAMLException } from 'js-yaml';

/** Nodes that aliases may add to a walk of one document's value, beyond its own nodes. */
const MAX_ALIAS_GROWTH = 10_000;

/** Any tag, as a last resort: the node's value as if it had no tag (the empty prefix matches every tag). */
const anyTag = (['scalar', 'sequence', 'mapping'] as const).map((kind) => new Type('', { kind, multi: true }));

/** js-yaml's own `!!timestamp` (its typings leave out the `types` it exports). */
const { timestamp } = (jsYaml as unknown as { types: { timestamp: Type } }).types;

const SCHEMA = CORE_SCHEMA.extend({ explicit: [timestamp, ...anyTag] });

/** A document that could not be read: the reason, and where (1-based) when the parser says. */
export class YamlError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | null,
    readonly column: number | null,
  ) {
    super(line === null ? reason : `${reason} at line ${line}, column ${column}`);
  }
}

/**
 * One YAML document's value (undefined for an empty one). `firstLine` is the 1-based line of the
 * text's first line in its file, so that errors name the file's line. Throws a YamlError.
 */
export function readYaml(text: string, firstLine = 1): unknown {
  let value: unknown;
  try {
    value = load(text, { schema: SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = (error as YAMLException & { mark?: { line: number; column: number } }).mark;
      throw new YamlError(error.reason, mark ? mark.line + firstLine : null, mark ? mark.column + 1 : null);
    }
    // The parser's own limits (a stack exhausted by nesting) end the read the same way.
    throw new YamlError(error instanceof Error ? error.message : String(error), null, null);
  }
  checkAliasGrowth(value);
  return value;
}

/**
 * Refuses a value whose walk, following every alias, would meet more than MAX_ALIAS_GROWTH
 * nodes beyond the value's own, or would never end (an alias inside the node it names). Each
 * collection is sized once, so the check costs the value's own nodes, not the walk it bounds.
 */
function checkAliasGrowth(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  // The nodes a full walk meets below each collection, itself included.
  const walked = new Map<object, number>();
  // The nodes of a walk that counts each alias once: the value's own.
  let own = 1;
  // Collections in progress (their children are being sized) and done; an explicit stack, as an
  // alias chain can be deeper than the parser's nesting limit.
  const stack: { node: object; children: unknown[]; next: number; size: number }[] = [];
  const open = new Set<object>();
  const enter = (node: object) => {
    open.add(node);
    const children = Array.isArray(node) ? (node as unknown[]) : Object.values(node);
    own += children.length;
    stack.push({ node, children, next: 0, size: 1 });
  };
  enter(value);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (typeof child !== 'object' || child === null) top.size += 1;
      else if (walked.has(child)) top.size += walked.get(child)!;
      else if (open.has(child)) throw new YamlError('An alias refers to the node that holds it', null, null);
      else enter(child);
      continue;
    }
    stack.pop();
    open.delete(top.node);
    walked.set(top.node, top.size);
    if (top.size > own + MAX_ALIAS_GROWTH)
      throw new YamlError(`Its aliases repeat too much of it (more than ${MAX_ALIAS_GROWTH} nodes beyond its own)`, null, null);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += top.size;
  }
}

/**
 * The documents of a YAML stream, each with its 1-based first line. A line that starts with
 * `---` or `...` (then a space, a tab or its end) always starts or ends a document, wherever it
 * stands (YAML 1.2, 9.1), so the stream is cut there and one broken document costs only itself.
 * Comments and directives before a `---` belong to the document it starts; text with no content
 * between two documents is none.
 */
export function yamlDocuments(text: string): { text: string; line: number }[] {
  const documents: { text: string; line: number }[] = [];
  let start = 0;
  let startLine = 1;
  let marked = false;
  let content = false;
  const close = (end: number) => {
    if (marked || content) documents.push({ text: text.slice(start, end), line: startLine });
    marked = content = false;
  };
  let line = 1;
  for (let at = 0; at < text.length; line++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const lineText = text.slice(at, end);
    if (/^---(?:[ \t\r]|$)/.test(lineText)) {
      if (marked || content) {
        close(at);
        start = at;
        startLine = line;
      }
      marked = true;
      if (!/^---[ \t]*(?:#.*)?\r?$/.test(lineText)) content = true;
    } else if (/^\.\.\.(?:[ \t\r]|$)/.test(lineText)) {
      close(end + 1);
      start = end + 1;
      startLine = line + 1;
    } else if (!/^[ \t]*(?:#.*)?\r?$/.test(lineText) && !(lineText.startsWith('%') && !marked && !content)) {
      content = true;
    }
    at = end + 1;
  }
  close(text.length);
  return documents;
}
