import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../ui/PageLoading';

// Only a new workstation joining its office shows these: loaded then, not before the sign-in screen's first paint.
const SyncPanel = lazy(() => import('../sync').then((m) => ({ default: m.SyncPanel })));
const BackupsPanel = lazy(() => import('../sync').then((m) => ({ default: m.BackupsPanel })));

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
        <Suspense fallback={<PageLoading />}>
          <SyncPanel />
          <BackupsPanel />
        </Suspense>
        <Button variant="subtle" onClick={onBack} w="fit-content">
          {t('auth.firstRun.back')}
        </Button>
      </Stack>
    </Container>
  );
}
