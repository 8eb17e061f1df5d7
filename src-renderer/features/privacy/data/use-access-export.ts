import { bangkokDay } from '../../../../src-main/shared/domain/acting-delegation';
import { useDbCommands, type OfficeProfileRecord } from '../../../data';
import { loadLetterhead } from '../../documents/data';
import type { DataRequestRow } from '../model/data-requests';
import { buildAccessExport, type AccessExport } from './access-export';

/** Makes the access export of a request's row on the office's letterhead, dated today (Bangkok). */
export function useBuildAccessExport(): (row: DataRequestRow, profile: OfficeProfileRecord) => Promise<AccessExport> {
  return useDbCommands(
    (db) => (row: DataRequestRow, profile: OfficeProfileRecord) =>
      loadLetterhead(profile).then((letterhead) => buildAccessExport(db, row.record, row.number, profile, letterhead, bangkokDay(new Date()))),
  );
}
