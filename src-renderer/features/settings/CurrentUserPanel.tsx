import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { SetSecretModal } from '../auth';

/** "บัญชีของฉัน": who is signed in here, changing one's own PIN, locking and signing out. */
export function CurrentUserPanel() {
  const { t } = useTranslation();
  const { currentStaff, session } = useAppData();
  const [changing, setChanging] = useState(false);
  if (!currentStaff) return null;

  return (
    <Paper withBorder p="lg" maw={640}>
      <Stack>
        <Text fw={600} data-testid="signed-in-as">
          {t('currentUser.signedInAs', { name: staffDisplayName(currentStaff), role: t(`roles.${currentStaff.role}`) })}
        </Text>
        <Text c="dimmed">{t('currentUser.explain')}</Text>
        <Group>
          <Button variant="light" onClick={() => setChanging(true)}>
            {t('auth.pin.changeOwn')}
          </Button>
          <Button variant="default" onClick={() => void session.lock()}>
            {t('auth.header.lock')}
          </Button>
          <Button variant="default" onClick={() => void session.signOut()}>
            {t('auth.header.signOut')}
          </Button>
        </Group>
      </Stack>
      <SetSecretModal staff={changing ? currentStaff : null} onClose={() => setChanging(false)} />
    </Paper>
  );
}
