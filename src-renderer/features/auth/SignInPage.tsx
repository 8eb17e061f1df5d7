import { Center, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../app/data-context';
import { signInCandidates } from '../../data';
import { SecretInput } from './SecretInput';

/** เข้าสู่ระบบ: choose your name, type your own PIN. */
export function SignInPage() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const people = useLiveQuery(() => signInCandidates(db), [db]);
  const [staffId, setStaffId] = useState<string | null>(null);

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        <Stack>
          <Title order={2} data-testid="sign-in-heading">
            {t('auth.signIn.title')}
          </Title>
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
          <SecretInput key={staffId ?? ''} staffId={staffId} submitLabel={t('auth.signIn.button')} />
        </Stack>
      </Paper>
    </Center>
  );
}
