import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSettings, normaliseLayer } from '../../server/src/analysis/base/settings';
import { TIMELINE_COMMANDS } from '../../server/src/analysis/authoring/timeline-commands';
import { RULE_CONFIG } from '../../server/src/config-file';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const feature = readFileSync(join(root, 'client', 'src', 'features', 'timeline.ts'), 'utf8');

describe('timeline contributions', () => {
  it('contributes each timeline command in the Post-Mortem category, for Markdown, and the client registers it for the server command of the same name', () => {
    const ids: Record<string, string> = {
      formatTable: 'postmortem.formatTable',
      sortTimeline: 'postmortem.sortTimeline',
      insertRow: 'postmortem.insertTimelineRow',
      normaliseTimes: 'postmortem.normaliseTimelineTimes',
    };
    assert.deepEqual(Object.keys(ids).sort(), [...TIMELINE_COMMANDS].sort());
    for (const [command, id] of Object.entries(ids)) {
      const contributed = manifest.contributes.commands.find((c: { command: string }) => c.command === id);
      assert.ok(contributed, `${id} is in package.json`);
      assert.equal(contributed.category, 'Post-Mortem');
      assert.ok(
        manifest.contributes.menus.commandPalette.some((m: { command: string; when: string }) => m.command === id && m.when === 'editorLangId == markdown'),
      );
      assert.ok(feature.includes(`${command}: '${id}'`), `the client maps ${command} to ${id}`);
    }
    assert.match(readFileSync(join(root, 'client', 'src', 'activate.ts'), 'utf8'), /const FEATURES\b[^;]*\btimelineFeature\b/, 'the client lists the feature');
  });

  it('declares postmortem.timeline the way the settings normaliser reads it', () => {
    const declared = manifest.contributes.configuration.properties['postmortem.timeline'];
    assert.deepEqual(Object.keys(declared.properties.milestones.properties).sort(), ['detection', 'mitigation', 'resolution', 'start']);
    const example = { milestones: { detection: ['customer ticket', 'paged'] } };
    const { layer, problems } = normaliseLayer({ timeline: example }, 'postmortem', RULE_CONFIG);
    assert.deepEqual(problems, []);
    const settings = mergeSettings([layer]);
    assert.deepEqual(settings.timeline.milestones.detection, ['customer ticket', 'paged']);
    assert.ok(settings.timeline.milestones.mitigation.includes('rolled back'), 'milestones left out keep their words');
    assert.deepEqual(normaliseLayer({ timeline: declared.default }, 'postmortem', RULE_CONFIG).problems, []);
    const wrong = normaliseLayer({ timeline: { milestones: { fixed: ['x'] } } }, 'postmortem', RULE_CONFIG).problems;
    assert.match(wrong.map((p) => p.key).join(), /timeline\.milestones\.fixed/, 'a key the schema refuses is also reported by the normaliser');
  });
});
