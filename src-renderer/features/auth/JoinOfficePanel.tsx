import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupsPanel, SyncPanel } from '../sync';

/**
 * First run on a workstation of an office that already uses PR Desk: the same sync and
 * backup panels as ซิงค์ข้อมูล, before anyone signs in. Joining and syncing, or restoring,
 * brings the staff and their PINs; the gate then shows the sign-in screen by itself.
 */
export function JoinOfficePanel({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="xl">
      <Stack>
        <Title order={1}>{t('auth.firstRun.joinTitle')}</Title>
        <Text>{t('auth.firstRun.joinWaiting')}</Text>
        <SyncPanel />
        <BackupsPanel />
        <Button variant="subtle" onClick={onBack} w="fit-content">
          {t('auth.firstRun.back')}
        </Button>
      </Stack>
    </Container>
  );
}
