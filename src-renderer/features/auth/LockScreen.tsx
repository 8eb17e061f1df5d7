import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { SecretInput } from './SecretInput';

/**
 * The locked screen covers everything (nothing of the office's data shows behind it). Only the
 * signed-in person's PIN opens it; anyone else signs that person out first.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const { currentStaff, session } = useAppData();
  const staffId = session.state?.actor.staffId ?? null;
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        <Stack>
          <Title order={2}>{t('auth.lock.title')}</Title>
          <Text>{t('auth.lock.who', { name: currentStaff ? staffDisplayName(currentStaff) : '' })}</Text>
          <SecretInput staffId={staffId} submitLabel={t('auth.lock.unlock')} />
          <Button variant="subtle" onClick={() => void session.signOut()}>
            {t('auth.lock.switchUser')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
