import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../src-main/shared/auth/permissions';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useSignInCandidates } from './data';
import { SecretInput } from './SecretInput';

/**
 * Choose your name, type your own PIN: the sign-in screen, and the kiosk's staff exit (which
 * passes `onSignedIn`). Main checks the PIN and keeps the wait after wrong ones.
 */
export function SignInForm({ submitLabel, onSignedIn }: { submitLabel: string; onSignedIn?: (actor: Actor) => Promise<void> }) {
  const { t } = useTranslation();
  const people = useSignInCandidates();
  const [staffId, setStaffId] = useState<string | null>(null);
  return (
    <Stack>
      {people && people.length === 0 && <Text c="dimmed">{t('auth.signIn.noOne')}</Text>}
      <Select
        label={t('auth.fields.who')}
        data-testid="sign-in-who"
        data={(people ?? []).map((s) => ({ value: s.id, label: `${staffDisplayName(s)} — ${s.position || t(`roles.${s.role}`)}` }))}
        value={staffId}
        onChange={setStaffId}
        // Choosing one's name again must not clear it (Mantine deselects by default).
        allowDeselect={false}
        searchable
        nothingFoundMessage={t('currentUser.nothingFound')}
      />
      <SecretInput key={staffId ?? ''} staffId={staffId} submitLabel={submitLabel} onSignedIn={onSignedIn} />
    </Stack>
  );
}
