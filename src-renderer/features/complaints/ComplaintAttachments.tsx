import { complaintRepo, type ComplaintRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { BlobAttachments } from '../../ui/BlobAttachments';

/** Scanned letters and evidence (shared blob picker); each change is saved at once. */
export function ComplaintAttachments({ complaint }: { complaint: ComplaintRecord }) {
  const { db } = useAppData();
  return (
    <BlobAttachments
      attachments={complaint.attachments}
      onChange={(attachments) => complaintRepo(db).update(complaint.id, { attachments })}
      keyPrefix="complaints"
      testId="complaint-attachment"
    />
  );
}
