/** The workspace's `FileStat` of a file on the disk, for the Node edges (`NodeFiles`, the CLI's synchronous reading). */
import { statSync, type Stats } from 'node:fs';
import type { FileStat } from '../workspace/files';

export function fileStatOf(stat: Stats): FileStat {
  return { kind: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', size: stat.size, mtimeMs: stat.mtimeMs };
}

/** The stat of `path`, or null when there is nothing there (or it cannot be seen). */
export function statSyncOf(path: string): FileStat | null {
  try {
    return fileStatOf(statSync(path));
  } catch {
    return null;
  }
}
