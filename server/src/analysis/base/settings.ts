import { SEVERITIES, type Severity } from './findings';

/** True when `Intl` knows the zone (an IANA name or UTC). */
function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A section a post-mortem must have, with the other names documents give it. */
export interface SectionSpec {
  id: string;
  title: string;
  aliases: string[];
  /** A one-line prompt inserted under the heading when the section is added by a fix. */
  prompt: string;
}

/** The severity and options configured for one rule. */
export interface RuleSetting {
  severity?: Severity;
  options: Record<string, unknown>;
}

/** Everything that steers the checks, normalised from settings and the workspace config file. */
export interface Settings {
  enable: boolean;
  /** Globs (matched against workspace-relative paths) of files that are post-mortems. */
  files: string[];
  /** Globs of files that are never post-mortems, whatever their content says. */
  exclude: string[];
  /** Globs of template files, checked leniently. */
  templates: string[];
  rules: Record<string, RuleSetting>;
  sections: SectionSpec[];
  /** The sections a pre-mortem must have (pre-mortems are checked against these instead). */
  premortemSections: SectionSpec[];
  /** Words and phrases that stand for content still to be written. */
  placeholders: string[];
  /** Known people who can own action items. */
  owners: string[];
  /** The due dates fixes and completion offer for action items. */
  duePolicy: DuePolicy;
  /**
   * Days after a post-mortem's date during which its open action items are followed up; after
   * that they no longer count as overdue. 0 follows items up for ever.
   */
  followUpWindowDays: number;
  /** Documents larger than this many bytes are not checked. */
  maxDocumentSize: number;
  /** How the timeline is read. */
  timeline: TimelineSettings;
  /** What the facts of a post-mortem (services, severity, causes, kinds of action items) are read against. */
  facts: FactSettings;
  /**
   * The name of the folder the paths of `files` and `templates` start at (the workspace folder, or
   * the command line's), set by the host, not by configuration. Globs that match anywhere
   * (starting with `**` and a slash) also read a path under this name, so a folder opened by itself
   * ("postmortems") counts as the folder it is. Absent: paths are read as they are.
   */
  folderName?: string;
}

/** A service of the catalogue: its name and the other names documents give it. */
export interface ServiceSpec {
  name: string;
  aliases: string[];
}

/** One entry of a taxonomy (a contributing-factor category or a trigger): a snake_case id and the other names it goes by. */
export interface TaxonomyEntry {
  id: string;
  aliases: string[];
}

/**
 * Settings of the facts read from a post-mortem: `services`, `taxonomy`, `insights.timeZone`,
 * `detectionThreshold`, `mitigationThreshold` and `severityScale`.
 */
export interface FactSettings {
  /** The service catalogue mentions are matched against (the workspace's catalog-info.yaml components are added by the edges). */
  services: ServiceSpec[];
  /** Contributing-factor categories a document may name. */
  categories: TaxonomyEntry[];
  /** What set an incident off. */
  triggers: TaxonomyEntry[];
  /** The IANA zone in which an incident's weekday and hour are given. */
  timeZone: string;
  /** Under this many incidents an insight figure is shown but no trend or pattern is read from it (`insights.minimumSample`). */
  minimumSample: number;
  /** Minutes from start to detection above which the detection counts as slow. */
  detectionThreshold: number;
  /** Minutes from start to mitigation above which the mitigation counts as slow. */
  mitigationThreshold: number;
  /** Severity words and labels to ranks (1 is the most severe), compared without case, spaces or dashes. */
  severityScale: Record<string, number>;
}

/** Words that mark a timeline entry as a milestone, per milestone. Matched as whole words, ignoring case. */
export interface MilestoneKeywords {
  start: string[];
  detection: string[];
  mitigation: string[];
  resolution: string[];
}

/** Settings of the timeline parser, from `postmortem.timeline` or the `timeline` block of `.postmortemrc.json`. */
export interface TimelineSettings {
  milestones: MilestoneKeywords;
}

/**
 * Which due dates to offer: `days` after today, and per incident severity a number of days after
 * the incident date (for example SEV1 → 28). Severity keys are compared without case, spaces or dashes.
 */
export interface DuePolicy {
  days: number[];
  bySeverity: Record<string, number>;
}

/** A configuration value that could not be used, with where it came from. */
export interface ConfigProblem {
  /** The file or settings scope the value came from. */
  source: string;
  /** The dotted key of the value, for example `rules.action-item-owner.severity`. */
  key: string;
  message: string;
}

/** The shape of one option a rule accepts, so configuration can be checked generically. */
export type OptionSpec =
  | { type: 'number'; default: number; min?: number; max?: number; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; maxLength?: number; description: string }
  | { type: 'string[]'; default: string[]; maxItems?: number; maxLength?: number; description: string };

/** What the normaliser needs to know of each rule. */
export interface RuleConfigInfo {
  options?: Record<string, OptionSpec>;
}

export const DEFAULT_SECTIONS: readonly SectionSpec[] = [
  {
    id: 'summary',
    title: 'Summary',
    aliases: [
      'Overview',
      'Incident Summary',
      'Executive Summary',
      'Issue Summary',
      'TL;DR',
      'TLDR',
      'Abstract',
      'What happened',
      'Incident Overview',
      'Description',
    ],
    prompt: 'TODO: In two or three sentences, say what happened, who was affected and how it ended.',
  },
  {
    id: 'timeline',
    title: 'Timeline',
    aliases: ['Timeline of Events', 'Incident Timeline', 'Detailed Timeline', 'Chronology', 'Sequence of Events', 'Key Events', 'Events'],
    prompt: 'TODO: List events in UTC, to the minute, from logs: when it started, was detected and was mitigated.',
  },
  {
    id: 'root-cause',
    title: 'Root Cause',
    aliases: [
      'Root Cause Analysis',
      'Root Causes',
      'Contributing Factors',
      'Causes',
      'Cause',
      'RCA',
      'Five Whys',
      '5 Whys',
      'Root Cause and Mitigation',
      'Why did it happen',
      'Blameless Root Cause',
      'Underlying Cause',
      'Causal Analysis',
    ],
    prompt: 'TODO: Ask "why" until the answer is a gap in a system or a process, not a person.',
  },
  {
    id: 'impact',
    title: 'Impact',
    aliases: [
      'Impact Assessment',
      'Customer Impact',
      'User Impact',
      'Business Impact',
      'Scope of Impact',
      'Who was affected',
      'What was impacted',
      'What was affected',
    ],
    prompt: 'TODO: Quantify the impact: customers or requests affected, duration, and business cost.',
  },
  {
    id: 'lessons-learned',
    title: 'Lessons Learned',
    aliases: ['Learnings', 'Lessons', 'What went well', 'Where we got lucky', 'Takeaways', 'Lessons and Takeaways', 'Reflections'],
    prompt: 'TODO: Note what went well, what went wrong and where we got lucky.',
  },
  {
    id: 'action-items',
    title: 'Action Items',
    aliases: [
      'Follow-ups',
      'Follow ups',
      'Followups',
      'Follow-up Actions',
      'Follow-up Items',
      'Remediation',
      'Remediations',
      'Remediation Items',
      'Corrective Actions',
      'Corrective and Preventive Actions',
      'Preventive Actions',
      'Next Steps',
      'Action Plan',
      'Actions',
      'Repair Items',
      'Follow-up Tasks',
      'Follow-up',
      'Followup Tasks',
      'Action Items and Follow-ups',
      "What we're doing about it",
      'What we are doing about it',
    ],
    prompt: 'TODO: List each action with one named owner, a calendar due date and a concrete outcome.',
  },
];

/** What a pre-mortem (imagining, before a launch, that it has failed) must cover. */
export const DEFAULT_PREMORTEM_SECTIONS: readonly SectionSpec[] = [
  {
    id: 'success-criteria',
    title: 'Success Criteria',
    aliases: ['Success', 'Goals', 'Definition of Success', 'What success looks like'],
    prompt: 'TODO: Say how you will know the launch went well, in numbers where you can.',
  },
  {
    id: 'imagined-failure',
    title: 'Imagined Failure',
    aliases: ['Failure Scenario', 'Failure Scenarios', 'Imagine it failed', 'How it failed', 'The failure'],
    prompt: 'TODO: Imagine it is three months later and the launch failed. Describe what happened.',
  },
  {
    id: 'risks',
    title: 'Risks',
    aliases: ['Risk Assessment', 'Risk Register', 'Risks by Category', 'Threats'],
    prompt: 'TODO: List each risk with its category, likelihood and impact.',
  },
  {
    id: 'mitigations',
    title: 'Mitigations',
    aliases: ['Mitigation Plan', 'Countermeasures', 'Preventive Actions', 'Action Items'],
    prompt: 'TODO: For each risk that matters, say what will be done, by whom and by when.',
  },
];

export const DEFAULT_FILES: readonly string[] = [
  '**/{postmortems,post-mortems,postmortem,post-mortem,post_mortems,incidents,incident-reports,incident_reports,incident-reviews,retrospectives,retros,pirs}/**/*.{md,markdown}',
  '**/*{postmortem,post-mortem,post_mortem,incident}*.{md,markdown}',
];

export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/{README,CHANGELOG,CONTRIBUTING,LICENSE,CODE_OF_CONDUCT,SECURITY,index,_index}.{md,markdown}',
];

export const DEFAULT_TEMPLATES: readonly string[] = ['**/*template*.{md,markdown}', '**/{templates,.templates}/**'];

/** The default milestone keywords. A start keyword after the detection is ignored ("started investigating"). */
export const DEFAULT_MILESTONES: Readonly<MilestoneKeywords> = {
  start: [
    'outage started',
    'outage starts',
    'outage began',
    'outage begins',
    'incident started',
    'incident began',
    'impact started',
    'impact began',
    'problem starts',
    'problem started',
    'issue started',
    'issue began',
    'errors started',
    'errors began',
    'fault occurs',
    'fault occurred',
    'started failing',
    'began failing',
    'started',
    'began',
    'introduced',
    'deployed the change',
    'went down',
    'became unavailable',
    'became unresponsive',
    'hard down',
  ],
  detection: [
    'alert fired',
    'alerts fired',
    'alert triggered',
    'alerted',
    'alarm',
    'alarms',
    'paged',
    'pages the',
    'paging',
    'alert fires',
    'alerts fire',
    'alert goes off',
    'pinged',
    'detected',
    'first detected',
    'noticed',
    'notices',
    'notice',
    'reported',
    'reports',
    'notified',
    'incident declared',
    'declared',
  ],
  mitigation: [
    'mitigated',
    'mitigation',
    'mitigate',
    'rolled back',
    'rollback',
    'roll back',
    'reverted',
    'revert',
    'reverts',
    'rolls back',
    'fails over',
    'restored',
    'restores',
    'failed over',
    'failover',
    'fail over',
    'workaround',
    'work around',
    'repaired',
    'hotfix',
    'service restored',
    'restored service',
  ],
  resolution: [
    'resolved',
    'resolution',
    'recovered',
    'fully recovered',
    'all clear',
    'all-clear',
    'outage ends',
    'outage ended',
    'incident closed',
    'back to normal',
    'returns to normal',
    'returned to normal',
    'goes away',
  ],
};

/** The contributing-factor categories of the classic post-mortem guidance. */
export const DEFAULT_CATEGORIES: readonly TaxonomyEntry[] = [
  { id: 'human_action', aliases: ['human action', 'human action made possible by the system', 'human factors', 'human factor', 'people'] },
  { id: 'process_gap', aliases: ['process', 'process gap', 'process gaps', 'procedure'] },
  { id: 'tooling_failure', aliases: ['tooling', 'tooling failure', 'tools', 'tool failure', 'monitoring', 'observability'] },
  { id: 'design_weakness', aliases: ['design', 'design weakness', 'architecture', 'system design', 'system'] },
  { id: 'communication_breakdown', aliases: ['communication', 'communication breakdown', 'communications', 'miscommunication'] },
];

/** What sets an incident off. */
export const DEFAULT_TRIGGERS: readonly TaxonomyEntry[] = [
  { id: 'change', aliases: ['deploy', 'deployment', 'code change', 'release', 'change'] },
  { id: 'configuration', aliases: ['config', 'configuration change', 'misconfiguration', 'config change'] },
  { id: 'capacity', aliases: ['load', 'traffic', 'resource exhaustion', 'scaling'] },
  { id: 'dependency', aliases: ['third party', 'third-party', 'upstream', 'vendor', 'provider', 'external'] },
  { id: 'infrastructure', aliases: ['hardware', 'network', 'cloud', 'infra'] },
  { id: 'security', aliases: ['attack', 'breach', 'vulnerability'] },
  { id: 'unknown', aliases: ['unknown', 'undetermined'] },
];

/** Severity words to ranks; labels such as SEV1, Sev 2 or P0 keep the number they carry. */
export const DEFAULT_SEVERITY_SCALE: Readonly<Record<string, number>> = {
  critical: 1,
  urgent: 1,
  high: 2,
  major: 2,
  medium: 3,
  moderate: 3,
  low: 4,
  minor: 4,
};

export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  'TBD',
  'TODO',
  'TBA',
  'XXX',
  'FIXME',
  'N/A',
  'NA',
  '?',
  '...',
  '…',
  '-',
  '—',
  'None yet',
  'Fill in',
  'To be determined',
  'To be written',
];

/** Bounds on user-supplied values, so no setting can make checking slow. */
export const LIMITS = {
  listItems: 500,
  stringLength: 200,
  maxDocumentSize: 64 * 1024 * 1024,
  /** Required sections, defaults included. */
  sections: 50,
  /** Wildcards (`*`, `?`, `**`) in one glob, and in one part of it between slashes: each one multiplies matching time. */
  globWildcards: 4,
  segmentWildcards: 2,
  /** Names in the service catalogue (each with its aliases); matching costs the same whatever the count. */
  services: 20_000,
  aliasesPerService: 20,
};

/** Why a glob is refused, or null when it is within the bounds. */
export function globProblem(glob: string): string | null {
  let total = 0;
  for (const segment of glob.split('/')) {
    if (segment === '**') {
      total++;
      continue;
    }
    const count = (segment.match(/\*+|\?/g) ?? []).length;
    if (count > LIMITS.segmentWildcards) return `has more than ${LIMITS.segmentWildcards} wildcards between two slashes; ignored`;
    total += count;
  }
  return total > LIMITS.globWildcards ? `has more than ${LIMITS.globWildcards} wildcards; ignored` : null;
}

export function defaultSettings(): Settings {
  return {
    enable: true,
    files: [...DEFAULT_FILES],
    exclude: [...DEFAULT_EXCLUDE],
    templates: [...DEFAULT_TEMPLATES],
    rules: {},
    sections: DEFAULT_SECTIONS.map((s) => ({ ...s, aliases: [...s.aliases] })),
    premortemSections: DEFAULT_PREMORTEM_SECTIONS.map((s) => ({ ...s, aliases: [...s.aliases] })),
    placeholders: [...DEFAULT_PLACEHOLDERS],
    owners: [],
    duePolicy: { days: [7, 14, 30], bySeverity: {} },
    followUpWindowDays: 0,
    maxDocumentSize: 4 * 1024 * 1024,
    timeline: { milestones: copyMilestones(DEFAULT_MILESTONES) },
    facts: {
      services: [],
      categories: DEFAULT_CATEGORIES.map((c) => ({ id: c.id, aliases: [...c.aliases] })),
      triggers: DEFAULT_TRIGGERS.map((c) => ({ id: c.id, aliases: [...c.aliases] })),
      timeZone: 'UTC',
      minimumSample: 8,
      detectionThreshold: 15,
      mitigationThreshold: 60,
      severityScale: { ...DEFAULT_SEVERITY_SCALE },
    },
  };
}

/** A taxonomy id or a name written for one, folded to snake_case (`Process Gap` → `process_gap`). */
export function taxonomyId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** A severity label folded for comparison: no case, spaces, dashes or underscores. */
export function severityKey(label: string): string {
  return label.toLowerCase().replace(/[\s_-]+/g, '');
}

function copyMilestones(m: Readonly<MilestoneKeywords>): MilestoneKeywords {
  return { start: [...m.start], detection: [...m.detection], mitigation: [...m.mitigation], resolution: [...m.resolution] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}

class Normaliser {
  readonly problems: ConfigProblem[] = [];
  constructor(private readonly source: string) {}

  problem(key: string, message: string): void {
    this.problems.push({ source: this.source, key, message });
  }

  stringList(key: string, value: unknown, maxLength = LIMITS.stringLength, maxItems = LIMITS.listItems): string[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(key, `must be a list of strings, not ${describe(value)}; using the default`);
      return undefined;
    }
    const out: string[] = [];
    const limit = Math.min(maxItems, LIMITS.listItems);
    for (const [i, item] of value.entries()) {
      if (typeof item !== 'string') this.problem(`${key}[${i}]`, `must be a string, not ${describe(item)}; ignored`);
      else if (item.length > maxLength) this.problem(`${key}[${i}]`, `is longer than ${maxLength} characters; ignored`);
      else if (out.length >= limit) {
        this.problem(key, `has more than ${limit} entries; the rest are ignored`);
        break;
      } else out.push(item);
    }
    return out;
  }

  /** A list of globs, leaving out those whose wildcards would make matching slow. */
  globList(key: string, value: unknown): string[] | undefined {
    const list = this.stringList(key, value);
    return list?.filter((glob, i) => {
      const problem = globProblem(glob);
      if (problem) this.problem(`${key}[${i}]`, problem);
      return !problem;
    });
  }

  /** Reads `{ "days": [7, 14, 30], "bySeverity": { "SEV1": 28 } }`; day counts are whole numbers from 1 to 3650. */
  duePolicy(key: string, value: unknown): DuePolicy | undefined {
    if (!isRecord(value)) {
      this.problem(key, `must be an object such as { "days": [7, 14, 30], "bySeverity": { "SEV1": 28 } }, not ${describe(value)}`);
      return undefined;
    }
    const dayCount = (k: string, v: unknown): number | undefined => {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 3650) return v;
      this.problem(k, `must be a whole number of days from 1 to 3650, not ${describe(v)}; ignored`);
      return undefined;
    };
    const policy: DuePolicy = { days: [7, 14, 30], bySeverity: {} };
    for (const [field, v] of Object.entries(value)) {
      if (field === 'days') {
        if (!Array.isArray(v)) this.problem(`${key}.days`, `must be a list of day counts, not ${describe(v)}; using the default`);
        else
          policy.days = v
            .slice(0, 10)
            .map((d, i) => dayCount(`${key}.days[${i}]`, d))
            .filter((d): d is number => d !== undefined);
      } else if (field === 'bySeverity') {
        if (!isRecord(v)) this.problem(`${key}.bySeverity`, `must map severities to day counts, not ${describe(v)}`);
        else
          for (const [sev, d] of Object.entries(v).slice(0, 50)) {
            const days = dayCount(`${key}.bySeverity.${sev}`, d);
            if (days !== undefined && sev.length <= 40) policy.bySeverity[sev] = days;
          }
      } else this.problem(`${key}.${field}`, 'is not part of the due policy (days, bySeverity); ignored');
    }
    return policy;
  }

  /** Reads a service catalogue: names, or `{ "name": …, "aliases": [ … ] }`. */
  services(key: string, value: unknown): ServiceSpec[] | undefined {
    if (!Array.isArray(value)) {
      this.problem(key, `must be a list of service names or { "name": …, "aliases": [ … ] }, not ${describe(value)}; no services are configured`);
      return undefined;
    }
    const out: ServiceSpec[] = [];
    let refused = 0;
    for (const [i, entry] of value.entries()) {
      if (out.length >= LIMITS.services) {
        this.problem(key, `has more than ${LIMITS.services} services; the rest are ignored`);
        break;
      }
      if (typeof entry === 'string' && entry.trim() && entry.length <= LIMITS.stringLength) out.push({ name: entry.trim(), aliases: [] });
      else if (isRecord(entry) && typeof entry.name === 'string' && entry.name.trim() && entry.name.length <= LIMITS.stringLength) {
        const aliases = Array.isArray(entry.aliases)
          ? entry.aliases.filter((a): a is string => typeof a === 'string' && !!a.trim() && a.length <= LIMITS.stringLength).slice(0, LIMITS.aliasesPerService)
          : [];
        if (entry.aliases !== undefined && !Array.isArray(entry.aliases))
          this.problem(`${key}[${i}].aliases`, `must be a list of names, not ${describe(entry.aliases)}; ignored`);
        out.push({ name: entry.name.trim(), aliases: aliases.map((a) => a.trim()) });
      } else if (refused++ < 5) this.problem(`${key}[${i}]`, `must be a name or { "name": …, "aliases": [ … ] }, not ${describe(entry)}; ignored`);
    }
    if (refused > 5) this.problem(key, `${refused - 5} more entries cannot be used; ignored`);
    return out;
  }

  /** Reads `{ "categories": [ … ], "triggers": [ … ] }`, each entry a name or `{ "id": …, "aliases": [ … ] }`. */
  taxonomy(key: string, value: unknown, layer: SettingsLayer): void {
    if (!isRecord(value)) {
      this.problem(key, `must be an object such as { "categories": ["process_gap", …], "triggers": ["change", …] }, not ${describe(value)}; using the default`);
      return;
    }
    for (const [part, list] of Object.entries(value)) {
      if (part !== 'categories' && part !== 'triggers') {
        this.problem(`${key}.${part}`, 'is not part of the taxonomy (categories, triggers); ignored');
        continue;
      }
      if (!Array.isArray(list)) {
        this.problem(`${key}.${part}`, `must be a list of names or { "id": …, "aliases": [ … ] }, not ${describe(list)}; using the default`);
        continue;
      }
      const defaults = part === 'categories' ? DEFAULT_CATEGORIES : DEFAULT_TRIGGERS;
      const entries: TaxonomyEntry[] = [];
      for (const [i, entry] of list.slice(0, 100).entries()) {
        const raw = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.id === 'string' ? entry.id : null;
        const id = raw && raw.length <= 80 ? taxonomyId(raw) : '';
        if (!id) {
          this.problem(`${key}.${part}[${i}]`, `must be a name or { "id": …, "aliases": [ … ] }, not ${describe(entry)}; ignored`);
          continue;
        }
        const known = defaults.find((d) => d.id === id);
        const extra =
          isRecord(entry) && Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string' && a.length <= 80).slice(0, 50) : [];
        entries.push({ id, aliases: [...(known?.aliases ?? []), ...extra] });
      }
      if (list.length > 100) this.problem(`${key}.${part}`, 'has more than 100 entries; the rest are ignored');
      layer[part] = entries;
    }
  }

  severity(key: string, value: unknown): Severity | undefined {
    if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
    this.problem(key, `must be one of ${SEVERITIES.join(', ')}, not ${describe(value)}; using the rule's default`);
    return undefined;
  }

  sectionPatches(key: string, value: unknown): SectionPatches | undefined {
    if (!isRecord(value)) {
      this.problem(key, 'must be an object that maps section ids to false or to { "title": …, "aliases": [ … ] }');
      return undefined;
    }
    const patches: SectionPatches = {};
    for (const [id, patch] of Object.entries(value).slice(0, LIMITS.sections)) {
      if (id.length > LIMITS.stringLength) {
        this.problem(`${key}.${id.slice(0, 40)}…`, `is longer than ${LIMITS.stringLength} characters; ignored`);
        continue;
      }
      if (patch === false) {
        patches[id] = false;
        continue;
      }
      if (!isRecord(patch)) {
        this.problem(`${key}.${id}`, `must be false or an object, not ${describe(patch)}`);
        continue;
      }
      const out: Partial<SectionSpec> = {};
      if (patch.title !== undefined) {
        if (typeof patch.title === 'string' && patch.title.trim() && patch.title.length <= LIMITS.stringLength) out.title = patch.title.trim();
        else this.problem(`${key}.${id}.title`, 'must be a non-empty string');
      }
      if (patch.aliases !== undefined) {
        const aliases = this.stringList(`${key}.${id}.aliases`, patch.aliases);
        if (aliases) out.aliases = aliases;
      }
      if (patch.prompt !== undefined) {
        if (typeof patch.prompt === 'string' && patch.prompt.length <= LIMITS.stringLength) out.prompt = patch.prompt;
        else this.problem(`${key}.${id}.prompt`, 'must be a string');
      }
      for (const extra of Object.keys(patch)) {
        if (!['title', 'aliases', 'prompt'].includes(extra)) this.problem(`${key}.${id}.${extra}`, 'is not a section property (title, aliases, prompt)');
      }
      patches[id] = out;
    }
    if (Object.keys(value).length > LIMITS.sections) this.problem(key, `has more than ${LIMITS.sections} sections; the rest are ignored`);
    return patches;
  }

  option(key: string, spec: OptionSpec, value: unknown): unknown {
    switch (spec.type) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) break;
        if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
          this.problem(key, `must be between ${spec.min ?? '-∞'} and ${spec.max ?? '∞'}; using ${spec.default}`);
          return undefined;
        }
        return value;
      case 'boolean':
        if (typeof value === 'boolean') return value;
        break;
      case 'string':
        if (typeof value === 'string' && value.length <= (spec.maxLength ?? LIMITS.stringLength)) return value;
        break;
      case 'string[]':
        return this.stringList(key, value, spec.maxLength, spec.maxItems);
    }
    this.problem(key, `must be a ${spec.type}, not ${describe(value)}; using the default`);
    return undefined;
  }
}

/** Changes to a list of sections: `false` drops one, an object renames it or adds names. */
export type SectionPatches = Record<string, Partial<SectionSpec> | false>;

/** One normalised configuration source, applied over the defaults by `mergeSettings`. */
export type SettingsLayer = Omit<Partial<Settings>, 'timeline' | 'facts'> &
  Partial<FactSettings> & {
    sectionPatches?: SectionPatches;
    premortemSectionPatches?: SectionPatches;
    /** Milestone keyword lists given by this layer; each replaces the default list. */
    milestones?: Partial<MilestoneKeywords>;
  };

/**
 * Turns one raw configuration object (editor settings or a `.postmortemrc.json`) into a partial
 * settings layer. Anything that cannot be used is reported and left out, so the defaults apply.
 */
export function normaliseLayer(raw: unknown, source: string, rules: ReadonlyMap<string, RuleConfigInfo>): { layer: SettingsLayer; problems: ConfigProblem[] } {
  const n = new Normaliser(source);
  const layer: SettingsLayer = {};
  if (raw === undefined || raw === null) return { layer, problems: n.problems };
  if (!isRecord(raw)) {
    n.problem('', `the configuration must be an object, not ${describe(raw)}; using the defaults`);
    return { layer, problems: n.problems };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case '$schema':
      case 'trace':
      // Editor-only settings read by the workspace index and the Action Items view.
      case 'workspaceDiagnostics':
      case 'me':
      // Settings of the editor's new-document commands (postmortem.newFile.*): the client reads them, the checks do not.
      case 'newFile':
        break;
      case 'enable':
        if (typeof value === 'boolean') layer.enable = value;
        else n.problem(key, `must be true or false, not ${describe(value)}`);
        break;
      case 'files':
      case 'exclude':
      case 'templates': {
        const list = n.globList(key, value);
        if (list) layer[key] = list;
        break;
      }
      case 'placeholders':
      case 'owners': {
        const list = n.stringList(key, value);
        if (list) layer[key] = list;
        break;
      }
      case 'duePolicy': {
        const policy = n.duePolicy(key, value);
        if (policy) layer.duePolicy = policy;
        break;
      }
      case 'followUpWindowDays':
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 36500) layer.followUpWindowDays = value;
        else n.problem(key, `must be a whole number of days from 0 (no limit) to 36500, not ${describe(value)}; using the default`);
        break;
      case 'maxDocumentSize':
        if (typeof value === 'number' && value > 0 && value <= LIMITS.maxDocumentSize) layer.maxDocumentSize = Math.floor(value);
        else n.problem(key, `must be a number of bytes between 1 and ${LIMITS.maxDocumentSize}`);
        break;
      case 'rules':
        if (!isRecord(value)) {
          n.problem(key, `must be an object that maps rule ids to a severity or to { "severity": …, options }`);
          break;
        }
        layer.rules = {};
        for (const [id, setting] of Object.entries(value)) {
          const info = rules.get(id);
          if (!info) {
            n.problem(`rules.${id}`, `is not a known rule; known rules: ${[...rules.keys()].join(', ')}`);
            continue;
          }
          const rule: RuleSetting = { options: {} };
          if (typeof setting === 'string') {
            rule.severity = n.severity(`rules.${id}`, setting);
          } else if (typeof setting === 'boolean') {
            rule.severity = setting ? undefined : 'off';
          } else if (isRecord(setting)) {
            for (const [option, optionValue] of Object.entries(setting)) {
              if (option === 'severity') {
                rule.severity = n.severity(`rules.${id}.severity`, optionValue);
                continue;
              }
              const spec = info.options?.[option];
              if (!spec) {
                const known = Object.keys(info.options ?? {});
                n.problem(`rules.${id}.${option}`, `is not an option of ${id}${known.length ? `; its options: ${known.join(', ')}` : '; it has none'}`);
                continue;
              }
              const parsed = n.option(`rules.${id}.${option}`, spec, optionValue);
              if (parsed !== undefined) rule.options[option] = parsed;
            }
          } else {
            n.problem(`rules.${id}`, `must be a severity or an object, not ${describe(setting)}`);
            continue;
          }
          layer.rules[id] = rule;
        }
        break;
      case 'sections':
      case 'premortemSections': {
        const patches = n.sectionPatches(key, value);
        if (patches && key === 'sections') layer.sectionPatches = patches;
        else if (patches) layer.premortemSectionPatches = patches;
        break;
      }
      case 'services': {
        const services = n.services(key, value);
        if (services) layer.services = services;
        break;
      }
      case 'taxonomy':
        n.taxonomy(key, value, layer);
        break;
      case 'insights':
        if (!isRecord(value)) {
          n.problem(key, `must be an object such as { "timeZone": "Europe/Berlin" }, not ${describe(value)}`);
          break;
        }
        for (const [option, optionValue] of Object.entries(value)) {
          if (option === 'minimumSample') {
            if (typeof optionValue === 'number' && Number.isInteger(optionValue) && optionValue >= 1 && optionValue <= 1000) layer.minimumSample = optionValue;
            else n.problem('insights.minimumSample', `must be a whole number of incidents from 1 to 1000, not ${describe(optionValue)}; using 8`);
          } else if (option !== 'timeZone') n.problem(`insights.${option}`, 'is not an insights setting (timeZone, minimumSample); ignored');
          else if (typeof optionValue === 'string' && optionValue.length <= 64 && validZone(optionValue)) layer.timeZone = optionValue;
          else n.problem('insights.timeZone', `must be an IANA time zone such as "Europe/Berlin" or "UTC", not ${describe(optionValue)}; using UTC`);
        }
        break;
      case 'detectionThreshold':
      case 'mitigationThreshold':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= 100_000) layer[key] = value;
        else n.problem(key, `must be a number of minutes from 1 to 100000, not ${describe(value)}; using the default`);
        break;
      case 'severityScale':
        if (!isRecord(value)) {
          n.problem(key, `must map severity labels to ranks, such as { "P0": 1, "P1": 2 }, not ${describe(value)}`);
          break;
        }
        layer.severityScale = {};
        for (const [label, rank] of Object.entries(value).slice(0, 100)) {
          if (typeof rank === 'number' && Number.isInteger(rank) && rank >= 0 && rank <= 100 && label.length <= 40)
            layer.severityScale[severityKey(label)] = rank;
          else n.problem(`severityScale.${label.slice(0, 40)}`, `must be a whole number from 0 to 100, not ${describe(rank)}; ignored`);
        }
        if (Object.keys(value).length > 100) n.problem(key, 'has more than 100 labels; the rest are ignored');
        break;
      case 'timeline':
        if (!isRecord(value)) {
          n.problem(key, 'must be an object such as { "milestones": { "detection": [ … ] } }');
          break;
        }
        for (const [option, optionValue] of Object.entries(value)) {
          if (option !== 'milestones') {
            n.problem(`timeline.${option}`, 'is not a timeline setting (milestones)');
            continue;
          }
          if (!isRecord(optionValue)) {
            n.problem('timeline.milestones', 'must be an object with keyword lists for start, detection, mitigation and resolution');
            continue;
          }
          layer.milestones = {};
          for (const [milestone, words] of Object.entries(optionValue)) {
            if (!['start', 'detection', 'mitigation', 'resolution'].includes(milestone)) {
              n.problem(`timeline.milestones.${milestone}`, 'is not a milestone (start, detection, mitigation, resolution)');
              continue;
            }
            const list = n.stringList(`timeline.milestones.${milestone}`, words);
            if (list) layer.milestones[milestone as keyof MilestoneKeywords] = list.map((w) => w.trim()).filter(Boolean);
          }
        }
        break;
      default:
        n.problem(key, 'is not a known setting; ignored');
    }
  }
  return { layer, problems: n.problems };
}

/** Applies section changes in place: drop, rename, add aliases, or append a new section. */
function applySectionPatches(sections: SectionSpec[], patches: SectionPatches | undefined): void {
  for (const [id, patch] of Object.entries(patches ?? {})) {
    const index = sections.findIndex((s) => s.id === id);
    if (patch === false) {
      if (index !== -1) sections.splice(index, 1);
      continue;
    }
    if (index === -1) {
      if (sections.length >= LIMITS.sections) continue;
      const title = patch.title ?? id;
      sections.push({ id, title, aliases: patch.aliases ?? [], prompt: patch.prompt ?? `TODO: Write the ${title} section.` });
    } else {
      const current = sections[index];
      sections[index] = {
        ...current,
        title: patch.title ?? current.title,
        aliases: patch.aliases ? [...current.aliases, ...patch.aliases] : current.aliases,
        prompt: patch.prompt ?? current.prompt,
      };
    }
  }
}

/** Applies layers in order (later wins) over the defaults. */
export function mergeSettings(layers: ReturnType<typeof normaliseLayer>['layer'][]): Settings {
  const settings = defaultSettings();
  for (const layer of layers) {
    if (layer.enable !== undefined) settings.enable = layer.enable;
    if (layer.files) settings.files = layer.files;
    if (layer.exclude) settings.exclude = layer.exclude;
    if (layer.templates) settings.templates = layer.templates;
    if (layer.placeholders) settings.placeholders = layer.placeholders;
    if (layer.owners) settings.owners = layer.owners;
    if (layer.duePolicy)
      settings.duePolicy = {
        days: layer.duePolicy.days ?? settings.duePolicy.days,
        bySeverity: { ...settings.duePolicy.bySeverity, ...layer.duePolicy.bySeverity },
      };
    if (layer.followUpWindowDays !== undefined) settings.followUpWindowDays = layer.followUpWindowDays;
    if (layer.maxDocumentSize !== undefined) settings.maxDocumentSize = layer.maxDocumentSize;
    if (layer.milestones) settings.timeline.milestones = { ...settings.timeline.milestones, ...layer.milestones };
    const facts = settings.facts;
    if (layer.services) facts.services = layer.services;
    if (layer.categories) facts.categories = layer.categories;
    if (layer.triggers) facts.triggers = layer.triggers;
    if (layer.timeZone) facts.timeZone = layer.timeZone;
    if (layer.minimumSample !== undefined) facts.minimumSample = layer.minimumSample;
    if (layer.detectionThreshold !== undefined) facts.detectionThreshold = layer.detectionThreshold;
    if (layer.mitigationThreshold !== undefined) facts.mitigationThreshold = layer.mitigationThreshold;
    if (layer.severityScale) facts.severityScale = { ...facts.severityScale, ...layer.severityScale };
    for (const [id, rule] of Object.entries(layer.rules ?? {})) {
      const previous = settings.rules[id];
      settings.rules[id] = {
        severity: rule.severity ?? previous?.severity,
        options: { ...previous?.options, ...rule.options },
      };
    }
    applySectionPatches(settings.sections, layer.sectionPatches);
    applySectionPatches(settings.premortemSections, layer.premortemSectionPatches);
  }
  return settings;
}
