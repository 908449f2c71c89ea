import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { SEVERITIES } from '../../server/src/analysis/base/findings';
import { normaliseLayer } from '../../server/src/analysis/base/settings';
import { RULE_CONFIG } from '../../server/src/config-file';
import { RULES } from '../../server/src/rules/index';
import { generateSchema } from '../../scripts/generate-schema';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const schemaPath = manifest.contributes.jsonValidation[0].url as string;
const schema = JSON.parse(readFileSync(join(root, schemaPath), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

describe('the .postmortemrc.json schema', () => {
  it('is what `npm run schema` generates from the rule registry and the settings (run it after changing either)', () => {
    assert.deepEqual(schema, generateSchema());
  });

  it('is the file the manifest points jsonValidation at', () => {
    assert.equal(schemaPath, './schemas/postmortemrc.schema.json');
  });

  it("lists exactly the registry's rules, in registry order, each with its options", () => {
    const rules = schema.properties.rules.properties as Record<string, { anyOf: { type?: string; properties?: Record<string, unknown> }[] }>;
    assert.deepEqual(
      Object.keys(rules),
      RULES.map((r) => r.meta.id),
    );
    for (const rule of RULES) {
      const objectForm = rules[rule.meta.id].anyOf.find((s) => s.type === 'object');
      assert.ok(objectForm?.properties, `${rule.meta.id} accepts an object`);
      assert.deepEqual(Object.keys(objectForm.properties).sort(), ['severity', ...Object.keys(rule.meta.options ?? {})].sort(), `${rule.meta.id}'s options`);
    }
    assert.equal(schema.properties.rules.additionalProperties, false, 'unknown rule ids are flagged');
  });

  it('offers the same settings as the postmortem.* editor settings', () => {
    const editor = Object.keys(manifest.contributes.configuration.properties)
      .map((key) => key.replace(/^postmortem\./, ''))
      .filter((key) => key !== 'trace.server')
      .map((key) => key.split('.')[0]);
    const file = Object.keys(schema.properties).filter((key) => key !== '$schema');
    assert.deepEqual(file.sort(), [...new Set(editor)].sort());
  });

  it('knows the same severities as the engine', () => {
    assert.deepEqual(schema.definitions.severity.enum, [...SEVERITIES]);
  });

  const accepted: [string, unknown][] = [
    ['an empty file', {}],
    [
      'every setting',
      {
        $schema: schemaPath,
        enable: true,
        files: ['docs/incidents/**/*.md'],
        exclude: ['**/drafts/**'],
        templates: ['**/template.md'],
        placeholders: ['TBD'],
        owners: ['Ana Ruiz'],
        maxDocumentSize: 1048576,
        rules: { 'required-sections': 'error', 'empty-section': false, 'metadata-date': { severity: 'info' } },
        sections: { impact: false, detection: { title: 'Detection', aliases: ['How we noticed'], prompt: 'TODO: Say how the problem was noticed.' } },
      },
    ],
  ];
  for (const [name, config] of accepted) {
    it(`accepts ${name}, as the settings reader does`, () => {
      assert.ok(validate(config), JSON.stringify(validate.errors));
      assert.deepEqual(normaliseLayer(config, 'test', RULE_CONFIG).problems, []);
    });
  }

  const rejected: [string, unknown][] = [
    ['an unknown rule', { rules: { 'no-such-rule': 'error' } }],
    ['an unknown severity', { rules: { 'empty-section': 'loud' } }],
    ['an unknown rule option', { rules: { 'empty-section': { severity: 'error', depth: 2 } } }],
    ['an unknown setting', { colour: 'red' }],
    ['a list that is not of strings', { owners: ['Ana', 7] }],
    ['a section with an unknown property', { sections: { impact: { heading: 'Impact' } } }],
    ['a section set to true', { sections: { impact: true } }],
    ['a document size of zero', { maxDocumentSize: 0 }],
  ];
  for (const [name, config] of rejected) {
    it(`flags ${name}, as the settings reader does`, () => {
      assert.equal(validate(config), false, `the schema accepted ${JSON.stringify(config)}`);
      assert.notDeepEqual(normaliseLayer(config, 'test', RULE_CONFIG).problems, [], `the settings reader accepted ${JSON.stringify(config)}`);
    });
  }
});
