import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { RULES } from '../rules/index';
import type { JsonFinding, JsonNotice } from './json';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * The findings as a SARIF 2.1.0 log, one run, with every rule described and linked to its page.
 * Files that were not checked are the run's tool notifications.
 */
export function sarifLog(findings: JsonFinding[], notices: readonly JsonNotice[] = [], docsRoot = resolve(__dirname, '..', '..')) {
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    helpUri: pathToFileURL(join(docsRoot, rule.meta.docs)).href,
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'postmortem', rules } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: notices.map((n) => ({
              level: 'note',
              message: { text: n.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: n.file.replace(/\\/g, '/'), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: LEVEL[f.severity] ?? 'warning',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.replace(/\\/g, '/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}
