/** The indexer's host for the bench cases: one folder on the disk, default settings, no open documents, no log. */
import { defaultSettings } from '../../server/src/analysis/base/settings';
import { NodeFiles } from '../../server/src/node/files';
import { analyseText } from '../../server/src/workspace/index-core';
import type { IndexerHost } from '../../server/src/workspace/indexer';

export function diskIndexerHost(root: string, now: Date): IndexerHost {
  const settings = defaultSettings();
  return {
    folders: () => [root],
    settingsFor: async () => settings,
    filesExclude: async () => [],
    openText: () => undefined,
    now: () => new Date(now),
    analyse: analyseText,
    log: () => undefined,
    files: new NodeFiles(),
  };
}
