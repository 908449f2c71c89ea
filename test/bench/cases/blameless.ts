/**
 * Our blameless rules against alex (retext-equality and retext-profanities, the inclusive-language
 * linter) on the same labelled corpus: recall on blaming sentences, and how many look-alikes
 * (system failures, jokes, neutral "mistake", quotes, code) each flags. alex checks Markdown the
 * same way we do, one sentence per document. Run alone with `npx tsx test/bench/cases/blameless.ts`.
 */
import { HOLDOUT_PATH, loadCorpus, runOurs, type CorpusCase } from '../../fixtures/blameless/load';

interface Figures {
  recall: string;
  falsePositives: string;
  heldOutRecall: string;
  heldOutFalsePositives: string;
}

function ratio(n: number, d: number): string {
  return `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

function figures(flags: (c: CorpusCase) => boolean, cases: CorpusCase[], holdout: CorpusCase[]): Figures {
  const measure = (list: CorpusCase[]) => {
    const blame = list.filter((c) => c.label === 'blame');
    const clean = list.filter((c) => c.label === 'clean');
    return [ratio(blame.filter(flags).length, blame.length), ratio(clean.filter(flags).length, clean.length)];
  };
  const [recall, falsePositives] = measure(cases);
  const [heldOutRecall, heldOutFalsePositives] = measure(holdout);
  return { recall, falsePositives, heldOutRecall, heldOutFalsePositives };
}

export async function run(): Promise<Record<string, unknown>> {
  const { markdown } = await import('alex');
  const cases = loadCorpus();
  const holdout = loadCorpus(HOLDOUT_PATH);
  const ours = figures((c) => runOurs(c.text).blame.length > 0, cases, holdout);
  const alexFlags = new Map<string, string[]>();
  for (const c of [...cases, ...holdout])
    alexFlags.set(
      c.text,
      markdown(`${c.text}\n`).messages.map((m) => String(m.ruleId)),
    );
  const alex = figures((c) => (alexFlags.get(c.text) ?? []).length > 0, cases, holdout);
  const alexWords = new Map<string, number>();
  for (const c of cases.filter((x) => x.label === 'clean')) for (const id of alexFlags.get(c.text) ?? []) alexWords.set(id, (alexWords.get(id) ?? 0) + 1);
  return {
    corpus: `${cases.length} labelled sentences (+${holdout.length} held out)`,
    'blaming-language': ours,
    'alex 11': alex,
    'alex rules on look-alikes': Object.fromEntries([...alexWords].sort((a, b) => b[1] - a[1]).slice(0, 8)),
  };
}

if (require.main === module) {
  void run().then((result) => {
    const ours = result['blaming-language'] as Figures;
    const alex = result['alex 11'] as Figures;
    console.log(result.corpus);
    console.log(`${'measure'.padEnd(28)}${'blaming-language'.padEnd(22)}alex 11`);
    for (const key of Object.keys(ours) as (keyof Figures)[]) console.log(`${key.padEnd(28)}${ours[key].padEnd(22)}${alex[key]}`);
    console.log('alex rules that fired on look-alikes:', result['alex rules on look-alikes']);
  });
}
