import { useLiveDbQuery } from '../../../data';
import { missingFiles, type MissingFile } from './missing-files';

/** Files still missing after a download looked for them, the first of them named (missing-files.ts). */
export function useMissingFiles(): { total: number; shown: MissingFile[] } | undefined {
  return useLiveDbQuery((db) => missingFiles(db));
}
