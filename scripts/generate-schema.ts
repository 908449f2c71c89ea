/**
 * Generates schemas/postmortemrc.schema.json from the rule registry (ids, descriptions,
 * options) and the `postmortem.*` settings in package.json, so the schema VS Code validates
 * `.postmortemrc.json` against can never fall behind. `npm run schema` writes it; a unit test
 * checks the committed file equals what this produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITIES } from '../server/src/analysis/base/findings';
import type { OptionSpec } from '../server/src/analysis/base/settings';
import { RULES } from '../server/src/rules/index';

type Json = Record<string, unknown>;

const root = join(__dirname, '..');
export const SCHEMA_PATH = join(root, 'schemas', 'postmortemrc.schema.json');

function optionSchema(spec: OptionSpec): Json {
  const base: Json = { description: spec.description, default: spec.default };
  switch (spec.type) {
    case 'number':
      return { type: 'number', ...(spec.min !== undefined ? { minimum: spec.min } : {}), ...(spec.max !== undefined ? { maximum: spec.max } : {}), ...base };
    case 'boolean':
      return { type: 'boolean', ...base };
    case 'string':
      return { type: 'string', ...(spec.maxLength ? { maxLength: spec.maxLength } : {}), ...base };
    case 'string[]':
      return {
        type: 'array',
        items: { type: 'string', ...(spec.maxLength ? { maxLength: spec.maxLength } : {}) },
        ...(spec.maxItems ? { maxItems: spec.maxItems } : {}),
        ...base,
      };
  }
}

function ruleSchema(): Json {
  const properties: Json = {};
  for (const { meta } of RULES) {
    const options: Json = { severity: { $ref: '#/definitions/severity' } };
    for (const [name, spec] of Object.entries(meta.options ?? {})) options[name] = optionSchema(spec);
    properties[meta.id] = {
      description: meta.description,
      anyOf: [
        { $ref: '#/definitions/severity' },
        { type: 'boolean', description: 'false turns the rule off; true keeps its default severity.' },
        { type: 'object', properties: options, additionalProperties: false },
      ],
    };
  }
  return {
    type: 'object',
    description: 'Severity and options per rule, for example { "empty-section": "info", "required-sections": { "severity": "error" } }.',
    properties,
    additionalProperties: false,
  };
}

/** A contributed setting's JSON Schema without the editor-only keys. */
function fromContribution(contribution: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(contribution)) {
    if (key === 'scope' || key === 'order' || key === 'enumDescriptions' || key === 'markdownEnumDescriptions') continue;
    if (key === 'markdownDescription') out.description = value;
    else out[key] = value;
  }
  return out;
}

export function generateSchema(): Json {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const contributed = manifest.contributes.configuration.properties as Record<string, Json>;
  const properties: Json = { $schema: { type: 'string', description: 'The schema this file follows.' } };
  for (const [fullKey, contribution] of Object.entries(contributed)) {
    const key = fullKey.replace(/^postmortem\./, '');
    if (key.startsWith('trace.')) continue;
    const [head, ...rest] = key.split('.');
    if (head === 'rules') {
      properties.rules = ruleSchema();
    } else if (rest.length) {
      const group = (properties[head] ??= { type: 'object', properties: {}, additionalProperties: false }) as { properties: Json };
      group.properties[rest.join('.')] = fromContribution(contribution);
    } else {
      properties[head] = fromContribution(contribution);
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Post-mortem checker configuration',
    description:
      'Configuration for the post-mortem checker (the VS Code extension and the postmortem CLI). The same keys as the postmortem.* settings, without the prefix.',
    type: 'object',
    properties,
    additionalProperties: false,
    definitions: {
      severity: { type: 'string', enum: [...SEVERITIES], description: 'How findings of this rule are shown; off turns the rule off.' },
    },
  };
}

if (require.main === module) {
  // Written as the format check (`npm run format:check`) wants it, so a regenerated schema passes `npm test` as it is.
  void (async () => {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(SCHEMA_PATH)) ?? {};
    writeFileSync(SCHEMA_PATH, await prettier.format(JSON.stringify(generateSchema(), null, 2), { ...options, filepath: SCHEMA_PATH }));
    process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
  })();
}
