import { eraseBlobs } from './blobs';
import { mainProcess } from './main-process';

/** What main removes for a PDPA erasure: the person's files, and every temporary preview PDF. */
export const erasureFiles = {
  eraseBlobs,
  forgetPreviews: async (): Promise<void> => {
    await mainProcess().pdfForgetPreviews({});
  },
};
