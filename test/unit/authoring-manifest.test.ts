import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarValues, checkFolder, formatFileName, parseIdFormat, safeRelativePath } from '../../server/src/analysis/authoring/new-document';
import { normaliseLayer } from '../../server/src/analysis/base/settings';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const feature = readFileSync(join(root, 'client', 'src', 'features', 'new-document.ts'), 'utf8');
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
const props = manifest.contributes.configuration.properties;

/** Built-in commands the walkthrough may link to. */
const BUILT_IN = new Set(['workbench.actions.view.problems', 'editor.action.quickFix', 'editor.action.insertSnippet']);
/** The action items view comes from another part of the extension; its focus command exists only with that view. */
const VIEW_COMMANDS = new Set(['postmortem.actionItems.focus']);

describe('authoring contributions', () => {
  it('contributes and registers the new-document commands', () => {
    for (const id of ['postmortem.newPostmortem', 'postmortem.newPremortem', 'postmortem.openActionItems']) {
      assert.ok(contributed.has(id), `${id} is in package.json`);
      assert.ok(feature.includes(`'${id}'`), `${id} is registered by the client feature`);
    }
    assert.match(
      readFileSync(join(root, 'client', 'src', 'activate.ts'), 'utf8'),
      /const FEATURES\b[^;]*\bnewDocumentFeature\b/,
      'the client lists the feature',
    );
  });

  it('has defaults for the newFile settings that the pure module accepts, and the client falls back to the same ones', () => {
    const folder = checkFolder(props['postmortem.newFile.folder'].default, 'folder');
    assert.ok(folder.ok);
    for (const key of ['fileName', 'premortemFileName']) {
      const pattern = props[`postmortem.newFile.${key}`].default;
      const name = formatFileName(pattern, { ...calendarValues(new Date(2026, 2, 4)), slug: 'db-outage', id: 'INC-2026-001', kind: 'postmortem' }, key);
      assert.ok(name.ok);
      const path = safeRelativePath(folder.value, name.value);
      assert.ok(path.ok && path.value.join('/').startsWith('postmortems/2026-03-04-'), JSON.stringify(path));
      assert.ok(feature.includes(`'${pattern}'`), `the client's fallback for ${key} matches package.json`);
    }
    assert.ok(parseIdFormat(props['postmortem.newFile.incidentId'].default, 'id').ok);
    assert.ok(feature.includes(`'${props['postmortem.newFile.incidentId'].default}'`));
    assert.ok(feature.includes(`'${props['postmortem.newFile.folder'].default}'`));
  });

  it('does not report the newFile settings as unknown to the checks', () => {
    const { problems } = normaliseLayer({ newFile: { folder: 'incidents' }, enable: true }, 'settings', new Map());
    assert.deepEqual(problems, []);
  });

  it('has a walkthrough whose steps have media and link only to commands that exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 3);
    const titles = walkthrough.steps.map((s: { title: string }) => s.title.toLowerCase()).join(' | ');
    for (const topic of ['create', 'fix', 'action items']) assert.ok(titles.includes(topic), `a step about "${topic}"`);
    for (const step of walkthrough.steps) {
      assert.ok(existsSync(join(root, step.media.markdown)), `${step.media.markdown} exists`);
      const links = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m: RegExpMatchArray) => m[1]);
      const events = step.completionEvents.filter((e: string) => e.startsWith('onCommand:')).map((e: string) => e.slice('onCommand:'.length));
      assert.ok(links.length > 0, `${step.id} has a button`);
      for (const id of [...links, ...events])
        assert.ok(contributed.has(id) || BUILT_IN.has(id) || VIEW_COMMANDS.has(id), `${step.id}: ${id} is a known command`);
    }
  });
});
