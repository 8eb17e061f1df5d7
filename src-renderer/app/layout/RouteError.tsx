import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * A page that failed to load or render: say so plainly in Thai and offer the way back. Inside
 * the layout (see router.tsx), so the menu stays; the technical message is kept, small, for
 * whoever is asked to look into it.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : String(error);
  return (
    <Center p="xl">
      <Stack maw={560}>
        <Alert color="red" title={t('shell.pageError')} data-testid="page-error">
          <Text size="sm">{t('shell.pageCrashed')}</Text>
          <Text size="xs" c="dimmed" mt="xs">
            {detail}
          </Text>
        </Alert>
        <Group>
          <Button onClick={() => window.location.reload()}>{t('shell.reloadPage')}</Button>
          <Button variant="default" onClick={() => window.location.assign('#/')}>
            {t('shell.backToDashboard')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
