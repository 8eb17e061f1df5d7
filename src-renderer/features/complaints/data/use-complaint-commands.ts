import type { ComplaintInput, ComplaintSettings, ComplaintStep } from '../../../../src-main/shared/domain/complaint';
import { complaintRepo, complaintStepRepo, useDbCommands, type ComplaintRecord } from '../../../data';
import { addComplaintStep, createComplaint, eraseComplainant, saveComplaintSettings, updateComplaint } from './complaint-commands';

/** Every write the complaint pages make, bound to the open database. */
export function useComplaintCommands() {
  return useDbCommands((db) => ({
    createComplaint: (input: ComplaintInput, receivedBy: string | null): Promise<ComplaintRecord> => createComplaint(db, input, receivedBy),
    updateComplaint: (id: string, input: ComplaintInput) => updateComplaint(db, id, input),
    /** Logged by mistake: to the tombstones (its number stays taken), undone by restoreComplaint. */
    removeComplaint: (id: string) => complaintRepo(db).remove(id),
    restoreComplaint: (id: string) => complaintRepo(db).restore(id),
    setAttachments: (id: string, attachments: ComplaintRecord['attachments']) => complaintRepo(db).update(id, { attachments }),
    addStep: (step: ComplaintStep) => addComplaintStep(db, step),
    removeStep: (stepId: string) => complaintStepRepo(db).remove(stepId),
    saveSettings: (settings: ComplaintSettings) => saveComplaintSettings(db, settings),
    eraseComplainant: (complaintId: string, reason: string, erasedAt: string) => eraseComplainant(db, complaintId, reason, erasedAt),
  }));
}
