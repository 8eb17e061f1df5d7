import type { ComplaintRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { PersonErasure } from '../privacy';
import { eraseComplainant } from './model/complaint-actions';

/** PDPA: erase the complainant's personal data once the matter is done (recorded, and synced to every workstation). */
export function ComplainantPrivacy({ complaint }: { complaint: ComplaintRecord }) {
  const { db } = useAppData();
  // An anonymous complaint holds nothing to erase.
  if (!complaint.consent && !complaint.erasedAt) return null;
  return (
    <PersonErasure
      table="complaints"
      recordId={complaint.id}
      erasedAt={complaint.erasedAt}
      prefix="complaints"
      testIds={{ erased: 'complainant-erased', refused: 'complainant-erase-refused' }}
      erase={(reason, erasedAt) => eraseComplainant(db, complaint.id, reason, erasedAt)}
    />
  );
}
