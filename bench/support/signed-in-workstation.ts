import { displayName, SignInPage, TEST_ADMIN, TEST_PIN } from '../../tests/e2e/pages/sign-in-page';
import { startWorkstation } from '../../tests/e2e/support/workstation';

/**
 * A workstation for the cases that drive the app's own screens (issue 19): its first run creates
 * the administrator and signs in, as the E2E fixture does, and a restart signs in again (main
 * keeps no sign-in across a restart). Cases on the bench harness page (HARNESS_PATH) open the
 * database without a person and do not need this. A first screen timed after a restart
 * therefore includes the sign-in (one scrypt check in main, about 0.1–0.3 s).
 */
export async function startSignedInWorkstation(...args: Parameters<typeof startWorkstation>): ReturnType<typeof startWorkstation> {
  const app = await startWorkstation(...args);
  await new SignInPage(app.page).createAdministrator();
  const restart = app.restart.bind(app);
  app.restart = async () => {
    await restart();
    await new SignInPage(app.page).signIn(displayName(TEST_ADMIN), TEST_PIN);
  };
  return app;
}
