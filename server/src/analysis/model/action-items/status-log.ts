/**
 * Updates of a status log ("**Notice**: The cluster will be down on Saturday …" stamped
 * "May 3, 10:00 PDT"): what they say will happen is news for the users during the incident, not
 * work that follows it up.
 */

/** A line opened by the bold label of a status update: "**Update**:", "**Issue identified:**", "**Resolved?:**". */
const STATUS_LABEL =
  /^[ \t]*(?:\*\*|__)[ \t]*(?:notice|update[sd]?|(?:issue\s+)?identified|resolved?|investigating|monitoring|mitigated|scheduled(?:\s+maintenance)?|maintenance|in\s+progress|completed|workarounds?|recovering|verifying|degraded(?:\s+performance)?|(?:partial\s+)?outage)(?:[ \t]+\d{1,3})?[ \t]*\??[ \t]*(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])/i;

/** A clock time that closes an update, with its zone or a closing quote: "10:00 PDT", "2021-07-14 09:05:00"". */
const STAMP_AT_END = /\b\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,5}(?:[+-]\d{1,2})?)?["'”)\]]*$/i;

/** Longer paragraphs are not read as a status log (its updates are short). */
const MAX_LOG = 20_000;

/**
 * The spans of a paragraph (offsets in `raw`) that are dated status updates: each runs from a
 * line opened by a status label to the next such line, and ends with the time it was posted (in
 * a tag such as `<span class="timestamp">` or a shortcode such as `{{< track "…" >}}`). An update
 * whose time is not at its end (an "Update 2024-03-05:" appended to a post-mortem) is none.
 */
export function statusUpdateSpans(raw: string): { start: number; end: number }[] {
  if (raw.length > MAX_LOG || !/\*\*|__/.test(raw)) return [];
  const opens: number[] = [];
  let at = 0;
  for (const line of raw.split('\n')) {
    if (STATUS_LABEL.test(line)) opens.push(at);
    at += line.length + 1;
  }
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k < opens.length; k++) {
    const start = opens[k];
    const end = k + 1 < opens.length ? opens[k + 1] : raw.length;
    const tail = raw.slice(Math.max(start, end - 300), end);
    const plain = tail
      .replace(/\{\{[<%]?|[>%]?\}\}/g, ' ')
      .replace(/<[^<>\n]{0,200}>/g, ' ')
      .replace(/[\s\\]+$/, '');
    if (STAMP_AT_END.test(plain)) spans.push({ start, end });
  }
  return spans;
}
