/**
 * A generated archive of post-mortems for measuring "related post-mortems": incidents of the same
 * cause family are written with different sentences (other words for the same failure, in another
 * order, with other services and titles), and incidents of different causes share the generic
 * words of every report and often a service. Seeded, so a run is repeatable; written by us.
 */
import type { IncidentEntry } from '../../server/src/similarity/types';
import { random } from '../support/random';

/** One cause family: the category and trigger it usually comes with, and several ways to tell it. */
interface Family {
  id: string;
  category: string;
  trigger: string;
  services: string[];
  titles: string[];
  summaries: string[];
  causes: string[];
}

const FAMILIES: Family[] = [
  {
    id: 'pool',
    category: 'design_weakness',
    trigger: 'capacity',
    services: ['orders-api', 'checkout'],
    titles: ['Orders stalled at peak', 'Checkout timeouts during the sale', 'Slow order placement', 'Database waits on checkout', 'Order service unresponsive'],
    summaries: [
      'Order placement slowed to a crawl and then failed while traffic peaked.',
      'Requests to place orders hung for many seconds before failing.',
      'During the promotion, the checkout flow waited on the database and timed out.',
      'Shoppers saw spinning pages at the payment step until the requests gave up.',
      'The order service stopped answering within its deadline for about an hour.',
    ],
    causes: [
      'The database connection pool ran out of free connections when traffic doubled, and requests waited until they timed out.',
      'Every pooled connection to the primary database was held by slow queries, so new requests queued behind them and failed.',
      'The service opened more database sessions than its pool allowed; once the pool was exhausted, calls blocked.',
      'A burst of orders used up the connection pool of the orders database, and worker threads hung waiting for a connection.',
      'Long transactions kept connections checked out of the pool, starving the remaining requests of database access.',
    ],
  },
  {
    id: 'cert',
    category: 'process_gap',
    trigger: 'configuration',
    services: ['edge-gateway', 'public-api'],
    titles: [
      'Clients rejected our TLS handshake',
      'API unreachable for mobile apps',
      'HTTPS errors on the public API',
      'Expired certificate at the edge',
      'Secure connections refused',
    ],
    summaries: [
      'Clients could not open secure connections to the API.',
      'Mobile apps and browsers refused to connect to our public endpoints.',
      'Every HTTPS call to the gateway failed verification.',
      'Browsers showed a security warning instead of our site.',
      'Partner integrations could not establish encrypted sessions.',
    ],
    causes: [
      'The TLS certificate on the edge load balancer expired, and clients refused the handshake.',
      'The certificate for the API domain was not renewed; when it lapsed, browsers rejected every connection.',
      'Automatic certificate renewal had silently failed for weeks, so the certificate ran past its expiry date.',
      'An expired intermediate certificate in the served chain broke TLS verification for mobile clients.',
      'Renewal of the wildcard certificate depended on a manual reminder that went to an unused mailbox, and the certificate expired.',
    ],
  },
  {
    id: 'disk',
    category: 'design_weakness',
    trigger: 'capacity',
    services: ['ledger', 'reporting'],
    titles: ['Ledger writes failed', 'Reports stopped updating', 'Write errors on the ledger hosts', 'Hosts out of space', 'Database refused writes'],
    summaries: [
      'Writes to the ledger started failing and reports stopped updating.',
      'The ledger hosts refused new writes for most of the afternoon.',
      'Report generation stalled and the write path returned errors.',
      'Bookkeeping entries could not be saved and the nightly reports were missing.',
      'Storage on the primary hosts filled up and the database went read-only.',
    ],
    causes: [
      'Debug logging left on after a release filled the data volume, and the database could no longer write.',
      'Log files grew without rotation until the disk was full, so writes to the volume failed.',
      'The volume holding both logs and data reached full capacity; with no space left, the write-ahead log could not grow.',
      'Verbose log output consumed the remaining free space on the host disk and new files could not be created.',
      'Old log archives were never deleted, the partition ran out of space and the database stopped accepting writes.',
    ],
  },
  {
    id: 'dns',
    category: 'process_gap',
    trigger: 'configuration',
    services: ['public-api', 'auth'],
    titles: [
      'Name resolution failures',
      'Login unreachable for some regions',
      'Clients could not find our hosts',
      'Record change broke sign-in',
      'Hostname stopped resolving',
    ],
    summaries: [
      'Clients in several regions could not reach sign-in.',
      'Lookups of our API hostname failed for a growing share of clients.',
      'Sign-in and the API disappeared for users whose resolvers had the new record.',
      'Requests never reached our servers because the name pointed nowhere.',
      'Customers saw host-not-found errors when opening the app.',
    ],
    causes: [
      'A DNS record for the auth hostname was changed to point at a decommissioned address.',
      'An edit to the zone file removed the record for the API name, so resolvers returned no answer.',
      'The nameserver delegation was updated with a typo, and lookups of our domain failed once caches expired.',
      'A low TTL and a wrong CNAME target published together sent every resolver to a host that no longer existed.',
      'The DNS change meant for staging was applied to the production zone and replaced the sign-in record.',
    ],
  },
  {
    id: 'cache',
    category: 'design_weakness',
    trigger: 'capacity',
    services: ['catalog', 'search'],
    titles: [
      'Catalog pages slow after cache flush',
      'Search backend overwhelmed',
      'Origin overload',
      'Thundering herd on the catalog',
      'Backend flooded with reads',
    ],
    summaries: [
      'Product pages took tens of seconds to load and many returned errors.',
      'The search backend was flooded with requests it normally never sees.',
      'Origin servers saturated after the cached pages disappeared.',
      'Browsing the shop became very slow as every page was rebuilt from scratch.',
      'Read traffic that usually never reaches the database hit it all at once.',
    ],
    causes: [
      'Many cache entries expired at the same moment and every request went to the origin at once, overwhelming it.',
      'After a cache cluster restart, cold caches sent the full read traffic to the backend, which could not keep up.',
      'Keys were written with identical expiry times, so they lapsed together and a stampede of misses hit the database.',
      'A flush of the shared cache turned all reads into misses; the herd of recomputations saturated the catalog service.',
      'With no request coalescing, each cache miss triggered its own rebuild, and thousands of identical rebuilds piled onto the origin.',
    ],
  },
  {
    id: 'retry',
    category: 'design_weakness',
    trigger: 'dependency',
    services: ['payments', 'notifications'],
    titles: [
      'Payment provider slowdown amplified',
      'Notifications backed up',
      'Retry storm on payments',
      'Upstream latency became our outage',
      'Vendor hiccup took down payments',
    ],
    summaries: [
      'A slowdown at a provider turned into a full outage of our payment flow.',
      'Notification delivery stopped and queues grew for hours.',
      'Calls to an external provider multiplied until our own service fell over.',
      'Card payments failed for everyone after the processor had a brief slowdown.',
      'Our workers were busy repeating failed calls instead of serving new ones.',
    ],
    causes: [
      'When the payment provider slowed down, clients retried immediately without backoff, multiplying the load until it failed.',
      'Aggressive retries on upstream timeouts created a retry storm that saturated both our workers and the provider.',
      'Every timeout to the third-party API was retried five times with no jitter, so traffic grew fivefold during the slowdown.',
      'There was no circuit breaker around the vendor call; retries piled up and exhausted the worker threads.',
      'Synchronized retries after an upstream blip came back in waves that kept the dependency overloaded.',
    ],
  },
  {
    id: 'flag',
    category: 'process_gap',
    trigger: 'change',
    services: ['web-frontend', 'checkout'],
    titles: [
      'Broken page after a toggle',
      'Checkout button disappeared',
      'Feature rollout gone wrong',
      'Frontend errors after enabling a feature',
      'Experiment shown to every visitor',
    ],
    summaries: [
      'A feature enabled for everyone at once broke the main page.',
      'Customers could not complete purchases after a rollout.',
      'A toggle switched on in production caused errors for every visitor.',
      'An unfinished design went live for the whole audience and broke ordering.',
      'The home page threw script errors after a settings change in the admin console.',
    ],
    causes: [
      'A feature flag was switched on for all users instead of the intended one percent, exposing unfinished code.',
      'The toggle for the new checkout was enabled globally before its backend was deployed.',
      'A rollout percentage typed as 100 rather than 10 turned the experimental flag on for everybody.',
      'Flag targeting rules were edited in production without review, and the unfinished feature reached all visitors.',
      'The experiment flag defaulted to on when its configuration failed to load, enabling an incomplete code path.',
    ],
  },
  {
    id: 'memory',
    category: 'design_weakness',
    trigger: 'change',
    services: ['image-service', 'reporting'],
    titles: ['Workers restarting in a loop', 'Image resizing unavailable', 'Crash loop after release', 'Steady memory growth', 'Resizer pods evicted'],
    summaries: [
      'Workers kept restarting and the queue of jobs grew.',
      'Image uploads failed intermittently for most of the day.',
      'Processes were killed repeatedly and throughput collapsed.',
      'Thumbnail generation failed more and more often as the day went on.',
      'Containers were terminated every few minutes and jobs were retried endlessly.',
    ],
    causes: [
      'A memory leak introduced in the last release grew the heap until the kernel killed the process.',
      'Buffers were never released after each job, so resident memory climbed until the containers hit their limit and were terminated.',
      'An unbounded in-process map kept every request it saw; memory usage rose steadily and the out-of-memory killer stopped the workers.',
      'A library upgrade retained references to decoded images, leaking memory until the pods were evicted.',
      'Heap usage crept up after the deploy because listeners were added on each request and never removed.',
    ],
  },
  {
    id: 'queue',
    category: 'tooling_failure',
    trigger: 'capacity',
    services: ['notifications', 'billing'],
    titles: ['Emails hours late', 'Invoices delayed', 'Backlog on the events topic', 'Consumers fell behind', 'Stale data in downstream systems'],
    summaries: [
      'Messages to customers arrived hours after the events that caused them.',
      'Invoices were generated late for thousands of accounts.',
      'Event processing fell far behind real time.',
      'Customers received receipts the next morning instead of right away.',
      'Dashboards fed by the stream showed data from hours earlier.',
    ],
    causes: [
      'Consumers of the events topic fell behind producers, and the backlog grew unnoticed because nobody watched consumer lag.',
      'The queue grew for hours since no alert existed on message age; a stuck consumer stopped reading partitions.',
      'A rebalance left half the partitions without a consumer, so lag accumulated silently.',
      'Processing slowed after a schema change and the backlog of unread messages was not monitored.',
      'The consumer group stalled on a poison message; lag kept climbing without any alarm.',
    ],
  },
  {
    id: 'secret',
    category: 'process_gap',
    trigger: 'configuration',
    services: ['billing', 'auth'],
    titles: [
      'Billing jobs denied access',
      'Service could not authenticate',
      'Credentials rotated, callers broken',
      'Access denied to the vault',
      'Authentication failures after maintenance',
    ],
    summaries: [
      'Billing jobs failed to authenticate against their database.',
      'Services were refused access after a scheduled rotation.',
      'Calls between internal services were rejected as unauthorized.',
      'Scheduled charges did not run because the jobs could not log in.',
      'Sign-in to internal tools failed for services in one region.',
    ],
    causes: [
      'The database password was rotated, but the billing service kept the old secret cached and every login was refused.',
      'An API key was revoked during rotation before its replacement had been deployed to the callers.',
      'Credential rotation updated the vault but not the running services, which went on presenting expired tokens.',
      'The service account token expired and no automation renewed it, so authentication failed.',
      'A rotated signing secret was published to only one region; services elsewhere rejected the new tokens.',
    ],
  },
];

/** Sentences any post-mortem may hold, whatever the cause: the shared noise. */
const GENERIC_SUMMARY = [
  'Error rates rose sharply and the on-call engineer was paged.',
  'Latency increased and a share of requests failed.',
  'Several services degraded at the same time.',
  'The status page was updated while the team investigated.',
];
const IMPACT = [
  'About {n} requests failed over {m} minutes, and {k} customers contacted support.',
  'Roughly {n} users saw errors for {m} minutes.',
  '{k} accounts were affected; error rates peaked at {p} percent for {m} minutes.',
  'Revenue of about {n} dollars was delayed; {k} tickets were opened.',
];
const ALL_SERVICES = [
  'orders-api',
  'checkout',
  'edge-gateway',
  'public-api',
  'ledger',
  'reporting',
  'auth',
  'catalog',
  'search',
  'payments',
  'notifications',
  'web-frontend',
  'image-service',
  'billing',
];
const ITEMS = ['Add an alert on {s} saturation', 'Write a runbook for {s}', 'Add a load test for {s}', 'Review the {s} dashboards', 'Automate the {s} check'];

/** One generated post-mortem: its cause family and its parts. */
export interface GeneratedIncident {
  id: string;
  family: string;
  day: string;
  title: string;
  summary: string;
  rootCause: string;
  impact: string;
  services: string[];
  categories: string[];
  trigger: string | null;
  items: { text: string; owner: string; due: string; done: boolean }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Adds days to an ISO day. */
function plusDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * `count` post-mortems, spread over 2026 in date order, from cause families dealt in shuffled
 * rounds, so every family has about `count / 10` members; up to 50, no two share a sentence of
 * title, summary or cause (beyond that, wordings repeat: for speed measures only). Facts are given in front matter only some of
 * the time (as in real archives), and the service is the family's usual one only some of the time.
 */
export function generateArchive(count: number, seed = 1): GeneratedIncident[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const out: GeneratedIncident[] = [];
  // Families are dealt in shuffled rounds, and each member of a family takes the next of its five
  // wordings (title, summary, cause): up to five members per family, no two share a sentence.
  const order: Family[] = [];
  const members = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (!order.length) order.push(...[...FAMILIES].sort(() => rnd() - 0.5));
    const family = order.pop()!;
    const member = members.get(family.id) ?? 0;
    members.set(family.id, member + 1);
    const wording = member % 5;
    const day = plusDays('2026-01-01', Math.floor((i * 360) / Math.max(1, count)));
    const service = rnd() < 0.6 ? pick(family.services) : pick(ALL_SERVICES);
    const fill = (s: string) =>
      s
        .replace('{n}', String(100 + Math.floor(rnd() * 9900)))
        .replace('{m}', String(5 + Math.floor(rnd() * 180)))
        .replace('{k}', String(3 + Math.floor(rnd() * 400)))
        .replace('{p}', String(2 + Math.floor(rnd() * 60)))
        .replace('{s}', service);
    const summary = rnd() < 0.5 ? `${family.summaries[wording]} ${pick(GENERIC_SUMMARY)}` : `${pick(GENERIC_SUMMARY)} ${family.summaries[wording]}`;
    const itemCount = 1 + Math.floor(rnd() * 3);
    const items = Array.from({ length: itemCount }, () => ({
      text: fill(pick(ITEMS)),
      owner: pick(['Ana Lima', 'Omar Haddad', 'Mei Chen', 'Tom Berg']),
      due: plusDays(day, 7 + Math.floor(rnd() * 40)),
      done: rnd() < 0.5,
    }));
    out.push({
      id: `pm-${String(i).padStart(5, '0')}`,
      family: family.id,
      day,
      title: rnd() < 0.7 ? family.titles[wording] : `Elevated errors in ${service}`,
      summary,
      rootCause: family.causes[wording],
      impact: fill(pick(IMPACT)),
      services: [service],
      categories: rnd() < 0.5 ? [family.category] : [],
      trigger: rnd() < 0.5 ? family.trigger : null,
      items,
    });
  }
  return out;
}

/** The post-mortem as Markdown, the way a team would write it. */
export function toMarkdown(g: GeneratedIncident): string {
  const fm = [`date: ${g.day}`, `services: [${g.services.join(', ')}]`];
  if (g.categories.length) fm.push(`contributing_factors: [${g.categories.join(', ')}]`);
  if (g.trigger) fm.push(`trigger: ${g.trigger}`);
  const hour = 1 + (g.id.length % 20);
  return [
    '---',
    ...fm,
    '---',
    `# ${g.title}`,
    '',
    '## Summary',
    '',
    g.summary,
    '',
    '## Timeline (UTC)',
    '',
    `- ${g.day} ${pad(hour)}:00 Errors started`,
    `- ${g.day} ${pad(hour)}:12 Alert fired and on-call was paged`,
    `- ${g.day} ${pad(hour)}:40 Mitigated`,
    `- ${g.day} ${pad(hour + 1)}:05 Resolved`,
    '',
    '## Root Cause',
    '',
    g.rootCause,
    '',
    '## Impact',
    '',
    g.impact,
    '',
    '## Lessons Learned',
    '',
    'We learned where our checks fall short.',
    '',
    '## Action Items',
    '',
    ...g.items.map((item) => `- [${item.done ? 'x' : ' '}] ${item.text} (owner: ${item.owner}, due: ${item.due})`),
    '',
  ].join('\n');
}

/** The similarity entry straight from the generated parts, for archives too large to write and read back in a test. */
export function toEntry(g: GeneratedIncident): IncidentEntry {
  const open = g.items.filter((i) => !i.done).length;
  return {
    id: `file:///archive/${g.id}.md`,
    title: g.title,
    day: g.day,
    text: { title: g.title, summary: g.summary, rootCause: g.rootCause, impact: g.impact, rootCauseLine: 18 },
    services: g.services,
    categories: g.categories,
    trigger: g.trigger,
    items: {
      total: g.items.length,
      open,
      latestDue:
        g.items
          .map((i) => i.due)
          .sort()
          .pop() ?? null,
    },
  };
}
