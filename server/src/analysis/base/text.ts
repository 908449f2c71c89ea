/** A zero-based position in a document, counted in UTF-16 code units as LSP does. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Converts between string offsets and line/character positions for one text. Line breaks are
 * `\n`, `\r\n` and a lone `\r`, as in LSP and CommonMark, so positions mean the same to the
 * server and to the editor.
 */
export class LineIndex {
  /** Offsets at which each line starts; a line ends before its line break. */
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (code === 10) {
          starts.push(i + 1);
        }
      }
    } else {
      // Only line feeds: let indexOf find them, several times faster than a loop over every character.
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset where `line` starts; clamps to the document. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** The offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of `line` without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // Between the halves of a CRLF, the editor counts the offset as the end of the line.
    if (clamped > 0 && this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13) clamped--;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** The line break this text mostly uses, for text we insert. */
  get eol(): string {
    if (this.starts.length < 2) return '\n';
    const end = this.starts[1];
    if (this.text.charCodeAt(end - 1) === 10) return this.text.charCodeAt(end - 2) === 13 ? '\r\n' : '\n';
    return '\r';
  }
}

/**
 * True when the line after the one that ends at `at` (the end of a line's text, before any
 * trailing blanks and its line break) is blank or absent. A fix that writes a block of its own there must then leave a blank
 * line after it, or the user's next line runs on into what it wrote.
 */
export function nextLineIsBlank(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const breakAt = i;
  if (text[i] === '\r') i++;
  if (text[i] === '\n') i++;
  if (i === breakAt) return i >= text.length;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}
