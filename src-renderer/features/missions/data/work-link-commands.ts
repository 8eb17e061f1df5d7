import type { WorkLink } from '../../../../src-main/shared/domain/work-link';
import { useDbCommands, workLinkRepo } from '../../../data';
import { linkRecord, type LinkedRecord, type LinkTarget } from './work-link-actions';

/** Writes to work links: an entry typed by hand, or another module's record linked (see linkRecord). */
export function useWorkLinkCommands() {
  return useDbCommands((db) => ({
    add: (link: WorkLink) => workLinkRepo(db).create(link),
    linkRecord: (record: LinkedRecord, target: LinkTarget | null) => linkRecord(db, record, target),
  }));
}
