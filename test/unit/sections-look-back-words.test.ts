/**
 * Words that only hint at a section, read against what the section holds: "Architecture overview"
 * over how the service is built. Every document here is written for the test.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/analysis/model/build';
import { defaultSettings } from '../../server/src/analysis/base/settings';

const kindsOf = (text: string) =>
  analyzeDocument(text, 'postmortems/x.md', defaultSettings()).model.sections.map((s) => [s.heading.text, s.kinds.join('+') || null]);

describe('an overview of how the service is built', () => {
  const report = (heading: string) =>
    `# Checkout down for twenty minutes\n\nOn Monday checkout failed for twenty minutes after a spike in traffic.\n\n## ${heading}\n\nRequests reach the shop through two gateways, which send them on to a pool of workers.\n\n## Timeline\n\n- 10:02 traffic rose\n- 10:22 checkout worked again\n`;

  it('reads "Architecture overview" and "System overview" as background, no summary', () => {
    for (const heading of ['Architecture overview', 'System overview', 'Systems Overview'])
      assert.deepEqual(kindsOf(report(heading))[0], [heading, null], heading);
  });

  it('keeps an overview of the incident the summary', () => {
    for (const heading of ['Overview', 'Incident overview']) assert.deepEqual(kindsOf(report(heading))[0], [heading, 'summary'], heading);
  });
});
