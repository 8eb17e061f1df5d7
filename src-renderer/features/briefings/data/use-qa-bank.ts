import type { QaBankItem } from '../../../../src-main/shared/domain/qa-bank';
import { liveRows, qaBankRepo, useDbCommands, useLiveDbQuery, type QaBankRecord } from '../../../data';

/** The Q&A bank's live items, in stored order (pages search and sort them). */
export function useQaBank(): QaBankRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.qaBank));
}

/** Save a bank item: revise `item` when given, otherwise add a new one. */
export function useSaveQaItem() {
  return useDbCommands((db) => async (item: QaBankRecord | null, data: QaBankItem) => {
    if (item) await qaBankRepo(db).update(item.id, data);
    else await qaBankRepo(db).create(data);
  });
}
