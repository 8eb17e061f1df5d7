import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import { localIsoDate } from '../../../../src-main/shared/domain/fiscal-period';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { approverPositionOn, briefingRepo, officeProfileRepo, useDbCommands, type StaffRecord } from '../../../data';
import { crisisBriefing, type CrisisKind } from '../model/crisis-templates';
import { advanceBriefing, newBriefingVersion, saveBriefing } from './briefing-commands';

/** Writes of the briefing pages: create, save, move on in the workflow, start a new version. */
export function useBriefingCommands() {
  return useDbCommands((db) => ({
    create: (briefing: Briefing) => briefingRepo(db).create(briefing),
    /** Urgent mode: the crisis template, headed with the office's province. */
    startCrisis: async (kind: CrisisKind) => {
      const profile = await officeProfileRepo(db).get();
      return briefingRepo(db).create(crisisBriefing(kind, localIsoDate(new Date()), profile?.province ?? ''));
    },
    save: (id: string, draft: Briefing) => saveBriefing(db, id, draft),
    /**
     * Save and move one step on as `staff`. The approval records their position that day:
     * their own, or acting for the director (approverPositionOn).
     */
    advance: async (id: string, draft: Briefing, staff: StaffRecord, at: Date) => {
      const position = await approverPositionOn(db, staff.id, staff.position, at.toISOString());
      return advanceBriefing(db, id, draft, staffDisplayName(staff), at, { id: staff.id, position });
    },
    newVersion: (id: string) => newBriefingVersion(db, id),
  }));
}
