import type { SecretHash } from '../../../../src-main/shared/auth/credential';
import type { Staff } from '../../../../src-main/shared/domain/staff';
import { createFirstAdministrator, credentialOf, saveCredential, useDbCommands } from '../../../data';

/** The first run's administrator and PIN (the caller sets them as the one acting first). */
export function useCreateFirstAdministrator(): (staffId: string, staff: Staff, secret: SecretHash) => Promise<void> {
  return useDbCommands((db) => (staffId: string, staff: Staff, secret: SecretHash) => createFirstAdministrator(db, staffId, staff, secret));
}

/**
 * Sets a person's PIN (already hashed by main), recorded as their own change, an administrator's
 * reset of an existing PIN, or a first PIN.
 */
export function useSetSecret(): (staffId: string, secret: SecretHash, own: boolean) => Promise<void> {
  return useDbCommands((db) => async (staffId: string, secret: SecretHash, own: boolean) => {
    const reason = own ? 'changed' : (await credentialOf(db, staffId)) ? 'reset' : 'created';
    await saveCredential(db, staffId, secret, reason);
  });
}
