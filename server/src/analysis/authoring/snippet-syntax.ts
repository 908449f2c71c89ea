/**
 * Reads and expands VS Code snippet bodies (the TextMate snippet syntax: `$1`, `${1:default}`,
 * `${1|a,b|}`, `$VAR`, `${VAR:default}`, backslash escapes). The "New Post-Mortem" command fills
 * its template from the same snippet users expand in the editor, and the tests check each
 * snippet's expansion with the rules; both need one reader that follows the editor's grammar.
 * Pure: no editor import.
 */

/** One piece of a parsed snippet body. */
export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number }
  | { type: 'placeholder'; index: number; children: SnippetNode[] }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string; children: SnippetNode[] | null }
  | { type: 'transform'; source: string };

/** Thrown when a body cannot be expanded, with a sentence saying why. */
export class SnippetError extends Error {}

const DIGITS = /[0-9]/;
const NAME_START = /[_a-zA-Z]/;
const NAME_PART = /[_a-zA-Z0-9]/;

/**
 * A recursive-descent reader of the snippet grammar. Like the editor, it reads a `$` or `${`
 * that does not start a valid construct as plain text, so `$5 billion` stays text only when
 * no digit follows; escapes (`\$`, `\}`, `\\`) drop the backslash.
 */
class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    const nodes = this.sequence(false);
    return nodes;
  }

  /** Reads nodes until the end, or until an unescaped `}` when inside a placeholder. */
  private sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos++;
        }
        continue;
      }
      if (ch === '}' && nested) break;
      if (ch === '$') {
        const start = this.pos;
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
        this.pos = start + 1;
        text += '$';
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return nodes;
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  private readInt(): number | null {
    const start = this.pos;
    while (DIGITS.test(this.peek())) this.pos++;
    return this.pos > start ? Number(this.src.slice(start, this.pos)) : null;
  }

  private readName(): string | null {
    if (!NAME_START.test(this.peek())) return null;
    const start = this.pos;
    while (NAME_PART.test(this.peek())) this.pos++;
    return this.src.slice(start, this.pos);
  }

  /** Reads what follows a `$`; returns null (position undefined) when it is plain text. */
  private dollar(): SnippetNode | null {
    this.pos++;
    if (this.peek() !== '{') {
      const index = this.readInt();
      if (index !== null) return { type: 'tabstop', index };
      const name = this.readName();
      return name ? { type: 'variable', name, children: null } : null;
    }
    this.pos++;
    const index = this.readInt();
    if (index !== null) {
      const c = this.peek();
      if (c === '}') {
        this.pos++;
        return { type: 'tabstop', index };
      }
      if (c === ':') {
        this.pos++;
        const children = this.sequence(true);
        if (this.peek() !== '}') return null;
        this.pos++;
        return { type: 'placeholder', index, children };
      }
      if (c === '|') {
        this.pos++;
        const options = this.choiceOptions();
        return options ? { type: 'choice', index, options } : null;
      }
      if (c === '/') return this.transform();
      return null;
    }
    const name = this.readName();
    if (!name) return null;
    const c = this.peek();
    if (c === '}') {
      this.pos++;
      return { type: 'variable', name, children: null };
    }
    if (c === ':') {
      this.pos++;
      const children = this.sequence(true);
      if (this.peek() !== '}') return null;
      this.pos++;
      return { type: 'variable', name, children };
    }
    if (c === '/') return this.transform();
    return null;
  }

  /** Reads `a,b,c|}`; inside a choice, `\,`, `\|` and `\\` are escapes. */
  private choiceOptions(): string[] | null {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && (this.peek(1) === ',' || this.peek(1) === '|' || this.peek(1) === '\\')) {
        current += this.peek(1);
        this.pos += 2;
        continue;
      }
      if (ch === ',') {
        options.push(current);
        current = '';
        this.pos++;
        continue;
      }
      if (ch === '|' && this.peek(1) === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      }
      current += ch;
      this.pos++;
    }
    return null;
  }

  /** Reads a `/regex/format/options}` transform, keeping its source so callers can refuse it. */
  private transform(): SnippetNode | null {
    const start = this.pos;
    this.pos++;
    // The regex, up to an unescaped slash.
    while (this.pos < this.src.length && this.src[this.pos] !== '/') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    if (this.src[this.pos] !== '/') return null;
    this.pos++;
    // The format, which may hold `${1:/upcase}` and so slashes and braces of its own.
    let depth = 0;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        this.pos += 2;
        continue;
      }
      if (ch === '$' && this.src[this.pos + 1] === '{') {
        depth++;
        this.pos += 2;
        continue;
      }
      if (ch === '}' && depth > 0) depth--;
      else if (ch === '/' && depth === 0) break;
      this.pos++;
    }
    if (this.src[this.pos] !== '/') return null;
    this.pos++;
    while (/[a-z]/.test(this.peek())) this.pos++;
    if (this.peek() !== '}') return null;
    this.pos++;
    return { type: 'transform', source: this.src.slice(start, this.pos) };
  }
}

/** Parses a snippet body (a string, or the lines of a snippet file's `body` array). */
export function parseSnippet(body: string | readonly string[]): SnippetNode[] {
  const text = typeof body === 'string' ? body : body.join('\n');
  return new Reader(text).parse();
}

/** The date and time variables the editor resolves, for a given moment in local time. */
export function dateVariables(now: Date): Record<string, string> {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_MONTH_NAME: months[now.getMonth()],
    CURRENT_MONTH_NAME_SHORT: months[now.getMonth()].slice(0, 3),
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_DAY_NAME: days[now.getDay()],
    CURRENT_DAY_NAME_SHORT: days[now.getDay()].slice(0, 3),
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: pad(now.getSeconds()),
    CURRENT_SECONDS_UNIX: String(Math.floor(now.getTime() / 1000)),
    CURRENT_TIMEZONE_OFFSET: `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
  };
}

/** Where one tab stop landed in the expanded text. */
export interface StopRange {
  start: number;
  end: number;
}

/** The text a snippet expands to, and where each tab stop is in it. */
export interface Expansion {
  text: string;
  /** Ranges of each tab stop by index; a mirrored stop has several. Index 0 is the final cursor. */
  stops: Map<number, StopRange[]>;
}

export interface ExpandOptions {
  /** Variable values; an empty value falls back to the variable's default, as in the editor. */
  variables: Record<string, string>;
  /** Text that replaces a tab stop's default, by index. */
  values?: Record<number, string>;
}

/** Finds the first placeholder or choice of each index, which defines the value of its mirrors. */
function definitions(nodes: readonly SnippetNode[], out = new Map<number, SnippetNode>()): Map<number, SnippetNode> {
  for (const node of nodes) {
    if ((node.type === 'placeholder' || node.type === 'choice') && !out.has(node.index)) out.set(node.index, node);
    if (node.type === 'placeholder' || (node.type === 'variable' && node.children))
      definitions(node.type === 'placeholder' ? node.children : node.children!, out);
  }
  return out;
}

/**
 * Expands a parsed body the way the editor inserts it when the user accepts every default:
 * placeholders give their default text (nested ones too), choices their first option, mirrors
 * the value of their index, variables their value. An unknown variable without a default, and
 * any transform, is an error rather than a silent difference from the editor.
 */
export function expandSnippet(nodes: readonly SnippetNode[], options: ExpandOptions): Expansion {
  const defs = definitions(nodes);
  const stops = new Map<number, StopRange[]>();
  let text = '';
  const mark = (index: number, start: number) => {
    const list = stops.get(index) ?? [];
    list.push({ start, end: text.length });
    stops.set(index, list);
  };
  // `record` is false while copying a definition's text into a mirror: the copy adds no stops.
  const emit = (list: readonly SnippetNode[], depth: number, record: boolean): void => {
    if (depth > 50) throw new SnippetError('The snippet nests placeholders more than 50 deep.');
    for (const node of list) {
      const start = text.length;
      switch (node.type) {
        case 'text':
          text += node.value;
          break;
        case 'tabstop':
        case 'placeholder':
        case 'choice': {
          const override = options.values?.[node.index];
          if (override !== undefined) text += override;
          else if (node.type === 'placeholder') emit(node.children, depth + 1, record);
          else if (node.type === 'choice') text += node.options[0] ?? '';
          else {
            // A bare tab stop mirrors the text of the placeholder or choice that defines its index.
            const def = defs.get(node.index);
            if (def?.type === 'choice') text += def.options[0] ?? '';
            else if (def?.type === 'placeholder') emit(def.children, depth + 1, false);
          }
          if (record) mark(node.index, start);
          break;
        }
        case 'variable': {
          const value = options.variables[node.name];
          if (value) text += value;
          else if (node.children) emit(node.children, depth + 1, record);
          else if (value === undefined) throw new SnippetError(`The snippet uses the variable $${node.name}, which this expander does not know.`);
          break;
        }
        case 'transform':
          throw new SnippetError(`The snippet uses a transform (${node.source}), which templates do not support.`);
      }
    }
  };
  emit(nodes, 0, true);
  for (const list of stops.values()) list.sort((a, b) => a.start - b.start);
  return { text, stops };
}

/** Every tab stop index of a body, nested ones included, in first-seen order. */
export function stopIndexes(nodes: readonly SnippetNode[], out: number[] = []): number[] {
  for (const node of nodes) {
    if ((node.type === 'tabstop' || node.type === 'placeholder' || node.type === 'choice') && !out.includes(node.index)) out.push(node.index);
    if (node.type === 'placeholder') stopIndexes(node.children, out);
    if (node.type === 'variable' && node.children) stopIndexes(node.children, out);
  }
  return out;
}
