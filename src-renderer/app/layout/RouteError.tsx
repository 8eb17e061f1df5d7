import { Alert, Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A page that failed to load or render: say so plainly and offer the way back. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Center p="xl">
      <Stack maw={560}>
        <Alert color="red" title={t('shell.pageError')}>
          {error instanceof Error ? error.message : String(error)}
        </Alert>
        <Button onClick={() => window.location.assign('#/')}>{t('shell.backToDashboard')}</Button>
      </Stack>
    </Center>
  );
}
