import type { ComplaintRecord } from '../../data';
import { PersonErasure } from '../privacy';
import { useComplaintCommands } from './data';

/** PDPA: erase the complainant's personal data once the matter is done (recorded, and synced to every workstation). */
export function ComplainantPrivacy({ complaint }: { complaint: ComplaintRecord }) {
  const { eraseComplainant } = useComplaintCommands();
  // An anonymous complaint holds nothing to erase.
  if (!complaint.consent && !complaint.erasedAt) return null;
  return (
    <PersonErasure
      table="complaints"
      recordId={complaint.id}
      erasedAt={complaint.erasedAt}
      prefix="complaints"
      testIds={{ erased: 'complainant-erased', refused: 'complainant-erase-refused' }}
      erase={(reason, erasedAt) => eraseComplainant(complaint.id, reason, erasedAt)}
    />
  );
}
