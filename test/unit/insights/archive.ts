/**
 * Small archives of post-mortems we write ourselves, summarised exactly as the workspace index
 * summarises them (`analyseText`), for the insights tests.
 */
import { defaultSettings, type Settings } from '../../../server/src/analysis/base/settings';
import { analyseText, type FileSummary } from '../../../server/src/workspace/index-core';

export const TODAY = '2026-11-30';

export function settingsWith(change: (s: Settings) => void = () => {}): Settings {
  const settings = defaultSettings();
  settings.facts.services = [
    { name: 'checkout', aliases: [] },
    { name: 'search', aliases: [] },
    { name: 'billing-api', aliases: ['billing'] },
  ];
  change(settings);
  return settings;
}

/** Summarises each `[path, markdown]` as the index would, on TODAY. */
export function summarise(files: [string, string][], settings: Settings = settingsWith()): FileSummary[] {
  const now = new Date(`${TODAY}T12:00:00Z`);
  return files.map(([path, text], i) => ({
    ...analyseText(text, path, settings, now, 'full'),
    path,
    uri: `file:///archive/${path}`,
    size: text.length,
    mtimeMs: 1,
    settingsKey: 'k',
    day: TODAY,
    generation: i + 1,
  }));
}

export interface Incident {
  title: string;
  date?: string;
  severity?: string;
  id?: string;
  services?: string[];
  factors?: string[];
  trigger?: string;
  /** Timeline rows as [time, text]; the date of the incident is prefixed when given. */
  timeline?: [string, string][];
  rootCause?: string;
  impact?: string;
  items?: string[];
  /** Leave out the Lessons Learned section. */
  short?: boolean;
}

/** A post-mortem in the shape teams write: front matter, the usual sections, a timeline table. */
export function postmortem(i: Incident): string {
  const fm: string[] = [];
  if (i.date) fm.push(`date: ${i.date}`);
  if (i.severity) fm.push(`severity: ${i.severity}`);
  if (i.id) fm.push(`incident_id: ${i.id}`);
  if (i.services) fm.push(`services: [${i.services.join(', ')}]`);
  if (i.factors) fm.push(`contributing_factors: [${i.factors.join(', ')}]`);
  if (i.trigger) fm.push(`trigger: ${i.trigger}`);
  const out = [
    fm.length ? `---\n${fm.join('\n')}\n---\n` : '',
    `# Post-Mortem: ${i.title}\n`,
    '## Summary\n',
    `The ${i.title.toLowerCase()} affected users for a while.\n`,
    '## Impact\n',
    `${i.impact ?? 'About 1,200 users saw errors for 40 minutes.'}\n`,
  ];
  if (i.timeline) {
    out.push('## Timeline (UTC)\n', '| Time | Event |', '| --- | --- |');
    for (const [time, text] of i.timeline) out.push(`| ${i.date ? `${i.date} ` : ''}${time} | ${text} |`);
    out.push('');
  }
  out.push('## Root Cause\n', `${i.rootCause ?? 'A configuration value was wrong.'}\n`);
  if (!i.short) out.push('## Lessons Learned\n', 'Alerts on saturation help.\n');
  out.push('## Action Items\n', ...(i.items ?? ['- [ ] Add an alert on saturation (owner: @ana, due: 2026-12-20)']), '');
  return out.join('\n');
}

/**
 * Six incidents over six months (one a month from January), SEV1 and SEV2 in turn, on two
 * services, a timeline each; `title` names each and `items` gives one its action items.
 */
export function sixMonths(options: { title?: (i: number) => string; items?: (i: number) => string[] | undefined } = {}): [string, string][] {
  const { title = (i: number) => `Incident ${i}`, items = () => undefined } = options;
  return [0, 1, 2, 3, 4, 5].map((i) => [
    `pm/${i}.md`,
    postmortem({
      title: title(i),
      date: `2026-0${1 + i}-0${1 + i}`,
      severity: i % 2 ? 'SEV2' : 'SEV1',
      services: [i % 2 ? 'checkout' : 'search'],
      factors: ['design_weakness'],
      timeline: [
        ['10:00', 'Start'],
        [`10:${String(10 + i * 5)}`, 'Paged [detected]'],
        ['11:30', 'Done [resolved]'],
      ],
      items: items(i),
    }),
  ]);
}
