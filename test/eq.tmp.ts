import { readFileSync, readdirSync } from 'node:fs';
import { analyzeDocument } from '../server/src/analysis/model/build';
import { defaultSettings } from '../server/src/analysis/base/settings';
import { IncrementalParser } from '../server/src/analysis/parse/incremental';
import { strict as assert } from 'node:assert';
const held = new Set(['40','42','43','44','45','46','47','48','50']);
const files: string[] = [];
for (const d of ['/work/shared/corpus', '/work/team/devac', '/work/team/devad', 'test/eval/own'])
  for (const f of readdirSync(d)) if (f.endsWith('.md') && !held.has(f.slice(0,2)) && !/^(LABELS|SOURCES|MISSES|README)/.test(f)) files.push(`${d}/${f}`);
const s = defaultSettings();
let rnd = Number(process.env.SEED ?? 7); const r = () => ((rnd = (rnd * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
let n = 0, bad = 0;
for (const f of files) {
  let text = readFileSync(f, 'utf8');
  const p = new IncrementalParser(1);
  analyzeDocument(text, 'p.md', s, (u) => p.parse(u));
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(r() * text.length);
    const ch = ' abcwe\n'[Math.floor(r() * 7)];
    text = r() < 0.6 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    const inc = analyzeDocument(text, 'p.md', s, (u) => p.parse(u)).model.actionItems;
    const full = analyzeDocument(text, 'p.md', s).model.actionItems;
    n++;
    try { assert.deepEqual(inc, full); } catch { bad++; console.log('DIFF', f, i); break; }
  }
}
console.log(files.length, 'files', n, 'edits', bad, 'differences');
