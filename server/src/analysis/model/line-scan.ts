/**
 * Quick looks at Markdown line by line, without a parse: the text of an ATX heading, and whether a
 * line lies in fenced code. Kept apart from the detection that uses them, so that what imports
 * only these (the client's New Post-Mortem) carries nothing else of the reading.
 */

/**
 * The text of an ATX heading line (`## Impact ##` gives `Impact`), or null for any other line,
 * as `/^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/` reads it: the closing run of `#` goes when a space
 * stands before it. In one pass: that pattern tried every end of the text again to the end of a
 * run of spaces, and a heading with a long one cost the square of its length.
 */
export function atxHeadingText(line: string): string | null {
  const open = /^ {0,3}#{1,6}\s/.exec(line);
  if (!open) return null;
  const text = line.slice(open[0].length).trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  const heading = end < text.length && end > 0 && /\s/.test(text[end - 1]) ? text.slice(0, end).trimEnd() : text;
  // The text is one line: a line break left inside it (a lone `\r`) makes no heading.
  return /[\n\r\u2028\u2029]/.test(heading) ? null : heading;
}

/** Follows fenced code line by line without a parse, for the quick looks that read lines. */
export class Fences {
  private fence: string | null = null;

  /** True when `line` opens or closes a fence, or lies inside one. */
  inCode(line: string): boolean {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (marker) {
      if (this.fence === null) this.fence = marker[1][0];
      else if (marker[1][0] === this.fence) this.fence = null;
      return true;
    }
    return this.fence !== null;
  }
}
