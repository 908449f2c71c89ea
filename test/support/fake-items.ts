/**
 * A small, test-only action-item extractor, so the workspace index can be tested before (and
 * independently of) the real one: it reads task-list items under an "Action Items" heading,
 * written as `- [ ] words (owner: Name, due: 2026-01-31) TICKET-1`.
 */
import { splitOwners } from '../../server/src/analysis/model/action-items/owners';
import { analyseText, type Analyse, type IndexedItem } from '../../server/src/workspace/index-core';

const ITEM = /^(\s*[-*]\s+\[([ xX])\]\s+)(.*?)\s*(?:\(owner:\s*([^,)]+?)(?:,\s*due:\s*(\d{4}-\d{2}-\d{2}))?\))?\s*([A-Z]+-\d+)?\s*$/;

export function fakeItems(text: string): IndexedItem[] {
  const lines = text.split(/\r?\n/);
  const items: IndexedItem[] = [];
  let inSection = false;
  lines.forEach((line, index) => {
    if (/^#{1,6}\s/.test(line)) inSection = /action items/i.test(line);
    if (!inSection) return;
    const m = ITEM.exec(line);
    if (!m) return;
    items.push({
      line: index,
      range: { start: { line: index, character: m[1].length }, end: { line: index, character: line.length } },
      text: m[3],
      title: m[3],
      owner: m[4] ?? null,
      owners: m[4] ? splitOwners(m[4]) : [],
      due: m[5] ?? null,
      dueText: m[5] ?? null,
      done: m[2] !== ' ',
      dropped: null,
      ticket: m[6] ?? null,
      priority: null,
      category: null,
      implicit: false,
    });
  });
  return items;
}

/** The real analysis, with the fake extractor's items for post-mortems. */
export const analyseWithFakeItems: Analyse = (text, path, settings, now, depth) => {
  const analysis = analyseText(text, path, settings, now, depth);
  return analysis.isPostmortem ? { ...analysis, actionItems: fakeItems(text) } : analysis;
};
