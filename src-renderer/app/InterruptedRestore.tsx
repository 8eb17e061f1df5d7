import { Alert, Button, Center, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RestoreCountError, RestoreRefusedError, useResumeRestore, type RestoreProgress } from '../data';
import { saveErrorText } from '../ui/field-error';

/**
 * Shown instead of the app when a restore was cut off while it replaced records (the window
 * closed, the power went): the data may be a mix. The user runs that restore again, or goes
 * back to the before-restore backup it made. Neither makes another safety backup (the current
 * state is the half-made one).
 */
export function InterruptedRestore({ interrupted }: { interrupted: { name: string; safety: string | null } }) {
  const { t } = useTranslation();
  const resumeRestore = useResumeRestore();
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (name: string) => {
    setError(null);
    setProgress({ phase: 'photos', done: 0, total: 0 });
    try {
      await resumeRestore(name, setProgress);
      window.location.reload();
    } catch (failure) {
      setProgress(null);
      if (failure instanceof RestoreRefusedError) setError(t(`backup.refused.${failure.reason}`));
      else if (failure instanceof RestoreCountError) setError(t('backup.countMismatch', { table: t(`backup.tables.${failure.table}`, { defaultValue: failure.table }) }));
      else setError(saveErrorText(t, failure));
    }
  };

  return (
    <Center h="100vh" p="xl">
      <Paper withBorder p="xl" maw={680} data-testid="interrupted-restore">
        <Stack>
          <Title order={2}>{t('backup.interrupted.title')}</Title>
          <Text>{t('backup.interrupted.body')}</Text>
          {error && (
            <Alert color="red" title={t('backup.interrupted.failed')}>
              {error}
            </Alert>
          )}
          {progress && (
            <Stack gap={4}>
              <Text size="sm">{t(`backup.restoreProgress.${progress.phase}`, { done: progress.done, total: progress.total })}</Text>
              <Progress value={progress.total > 0 ? (progress.done / progress.total) * 100 : 0} animated />
            </Stack>
          )}
          <Group>
            <Button color="red" disabled={progress !== null} onClick={() => void run(interrupted.name)}>
              {t('backup.interrupted.retry')}
            </Button>
            {interrupted.safety && (
              <Button variant="default" disabled={progress !== null} onClick={() => void run(interrupted.safety!)}>
                {t('backup.interrupted.undo')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
