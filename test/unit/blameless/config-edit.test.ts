import { strict as assert } from 'node:assert';
import { applyEdits } from 'jsonc-parser';
import { configListEdits, configWorkspaceEdit } from '../../../server/src/config-edit';

const edit = { path: ['rules', 'blaming-language', 'allow'], append: 'Bob forgot' };

function edited(text: string | null): string {
  const edits = configListEdits(text, edit);
  assert.ok(edits, 'an edit can be made');
  return applyEdits(text ?? '', edits);
}

describe('config edits for allow-list fixes', () => {
  it('creates the file content when there is none', () => {
    const text = edited(null);
    assert.deepEqual(JSON.parse(text), { rules: { 'blaming-language': { allow: ['Bob forgot'] } } });
  });

  it('appends to an existing list and keeps comments, order and indentation', () => {
    const before = '{\n\t// our team\'s exceptions\n\t"owners": ["Dana"],\n\t"rules": {\n\t\t"blaming-language": { "allow": ["human error"] }\n\t}\n}\n';
    const after = edited(before);
    assert.ok(after.includes("// our team's exceptions"));
    assert.ok(after.startsWith('{\n\t// our team\'s exceptions\n\t"owners": ["Dana"],'));
    assert.match(after, /"human error",\s*"Bob forgot"/);
  });

  it('turns a severity shorthand into an object that keeps the severity', () => {
    const after = edited('{ "rules": { "blaming-language": "info", "empty-section": "off" } }');
    assert.deepEqual(JSON.parse(after).rules, { 'blaming-language': { severity: 'info', allow: ['Bob forgot'] }, 'empty-section': 'off' });
  });

  it('does nothing when the phrase is already allowed, and refuses to edit broken JSON', () => {
    assert.deepEqual(configListEdits('{"rules":{"blaming-language":{"allow":["bob  FORGOT"]}}}', edit), []);
    assert.equal(configListEdits('{"rules": {', edit), null);
  });

  it('keeps a byte-order mark and CRLF line ends', () => {
    const after = edited('\uFEFF{\r\n  "rules": {}\r\n}\r\n');
    assert.equal(after.charCodeAt(0), 0xfeff);
    assert.deepEqual(JSON.parse(after.slice(1)), { rules: { 'blaming-language': { allow: ['Bob forgot'] } } });
    assert.ok(!/[^\r]\n/.test(after), 'every line ends with CRLF');
  });

  it('builds a workspace edit that creates a missing file before writing it', () => {
    const created = configWorkspaceEdit('file:///w/.postmortemrc.json', null, edit)!;
    assert.equal((created.documentChanges![0] as { kind: string }).kind, 'create');
    const existing = configWorkspaceEdit('file:///w/.postmortemrc.json', '{}', edit)!;
    assert.equal(existing.documentChanges!.length, 1);
    assert.equal(configWorkspaceEdit('file:///w/.postmortemrc.json', '{', edit), null);
  });
});
