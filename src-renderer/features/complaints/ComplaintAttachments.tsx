import type { ComplaintRecord } from '../../data';
import { BlobAttachments } from '../../ui/BlobAttachments';
import { useComplaintCommands } from './data';

/** Scanned letters and evidence (shared blob picker); each change is saved at once. */
export function ComplaintAttachments({ complaint }: { complaint: ComplaintRecord }) {
  const { setAttachments } = useComplaintCommands();
  return (
    <BlobAttachments
      attachments={complaint.attachments}
      onChange={(attachments) => setAttachments(complaint.id, attachments)}
      keyPrefix="complaints"
      testId="complaint-attachment"
    />
  );
}
