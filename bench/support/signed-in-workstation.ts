import { signInFromFirstRun } from '../../tests/e2e/pages/sign-in-page';
import { startWorkstation } from '../../tests/e2e/support/workstation';

/**
 * A workstation for the cases that drive the app's own screens (issue 19): signed in from its
 * first run as the E2E fixture does (signInFromFirstRun). Cases on the bench harness page
 * (HARNESS_PATH) open the database without a person and do not need this. A first screen timed
 * after a restart therefore includes the sign-in (one scrypt check in main, about 0.1–0.3 s).
 */
export async function startSignedInWorkstation(...args: Parameters<typeof startWorkstation>): ReturnType<typeof startWorkstation> {
  return signInFromFirstRun(await startWorkstation(...args));
}
