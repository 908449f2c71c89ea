import type { ConfigProblem, ServiceSpec } from '../../base/settings';
import { readYaml, yamlDocuments } from '../yaml';

/** A catalog-info.yaml larger than this is not read: a catalogue of components is a few kilobytes. */
export const CATALOG_MAX_BYTES = 1024 * 1024;
/** Entities read from one file at most. */
const MAX_ENTITIES = 5000;

/** The kinds of Backstage entities that stand for something that can be affected by an incident. */
const SERVICE_KINDS = new Set(['component', 'system', 'resource', 'api']);

/**
 * Reads the components of a Backstage `catalog-info.yaml` (several YAML documents, one entity
 * each): `metadata.name`, with `metadata.title` as another name. What cannot be read is reported
 * by file and key, and the rest is still used.
 */
export function readCatalogInfo(text: string, file: string): { services: ServiceSpec[]; problems: ConfigProblem[] } {
  const services: ServiceSpec[] = [];
  const problems: ConfigProblem[] = [];
  if (text.length > CATALOG_MAX_BYTES) {
    problems.push({ source: file, key: '', message: `is larger than ${CATALOG_MAX_BYTES / 1024 / 1024} MB; its components are not read` });
    return { services, problems };
  }
  const documents = yamlDocuments(text);
  for (const [i, document] of documents.slice(0, MAX_ENTITIES).entries()) {
    let entity: unknown;
    try {
      entity = readYaml(document.text, document.line);
    } catch (error) {
      problems.push({
        source: file,
        key: `document ${i + 1}`,
        message: `is not valid YAML: ${error instanceof Error ? error.message : String(error)}; skipped`,
      });
      continue;
    }
    if (entity === null || entity === undefined) continue;
    if (typeof entity !== 'object' || Array.isArray(entity)) {
      problems.push({ source: file, key: `document ${i + 1}`, message: 'is not a catalog entity (an object with kind and metadata); skipped' });
      continue;
    }
    const { kind, metadata } = entity as { kind?: unknown; metadata?: unknown };
    if (typeof kind !== 'string' || !SERVICE_KINDS.has(kind.toLowerCase())) continue;
    const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as { name?: unknown; title?: unknown };
    if (typeof meta.name !== 'string' || !meta.name.trim() || meta.name.length > 200) {
      problems.push({ source: file, key: `document ${i + 1}.metadata.name`, message: 'must be the name of the component; skipped' });
      continue;
    }
    const aliases = typeof meta.title === 'string' && meta.title.trim() && meta.title.length <= 200 ? [meta.title.trim()] : [];
    services.push({ name: meta.name.trim(), aliases });
  }
  if (documents.length > MAX_ENTITIES) problems.push({ source: file, key: '', message: `has more than ${MAX_ENTITIES} entities; the rest are not read` });
  return { services, problems };
}
