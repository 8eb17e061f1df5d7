import { Alert, Button, Group, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mainProcess } from '../../platform';
import { CreateFolderForm } from './CreateFolderForm';
import { errorText } from './error-text';
import { JoinFolderForm, type JoinSecret } from './JoinFolderForm';
import type { KeySheet } from './KeySheetModal';

export interface SyncTargetView {
  folder: string;
  workspaceId: string;
}

type Mode = 'join' | 'create';

/**
 * This workstation's first step: the shared folder, then either a new sync folder under a new
 * office passphrase (the first workstation) or joining the existing one with that passphrase
 * or the key sheet. A new folder's key sheet is handed up to be shown once.
 */
export function SyncSetup({ onReady }: { onReady: (target: SyncTargetView, keySheet: KeySheet | null) => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [mode, setMode] = useState<Mode>('join');
  const [error, setError] = useState<string | null>(null);
  const hasFolder = folder.trim() !== '';

  const choose = async () => {
    const { folder: chosen } = await mainProcess().syncChooseFolder();
    if (chosen) setFolder(chosen);
  };

  const create = async (passphrase: string) => {
    setError(null);
    try {
      const { keySheet, ...target } = await mainProcess().syncCreateFolder({ folder, passphrase });
      notifications.show({ color: 'teal', message: t('syncPage.created') });
      onReady(target, { ...keySheet, folder: target.folder, issuedAt: new Date().toISOString() });
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  const join = async (secret: JoinSecret) => {
    setError(null);
    try {
      const target = await mainProcess().syncJoinFolder({ folder, ...secret });
      notifications.show({ color: 'teal', message: t('syncPage.joined') });
      onReady(target, null);
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} size="h4">
          {t('syncPage.setupTitle')}
        </Title>
        <Text>{t('syncPage.setupExplain')}</Text>
        <Group align="flex-end">
          <TextInput label={t('syncPage.folder')} description={t('syncPage.folderHelp')} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} w={520} />
          <Button variant="default" leftSection={<IconFolder size={18} />} onClick={() => void choose()}>
            {t('syncPage.chooseFolder')}
          </Button>
        </Group>
        <Tabs
          value={mode}
          onChange={(next) => {
            if (next !== 'join' && next !== 'create') return;
            setError(null);
            setMode(next);
          }}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="join">{t('syncPage.join')}</Tabs.Tab>
            <Tabs.Tab value="create">{t('syncPage.create')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="join" pt="md">
            <JoinFolderForm canSubmit={hasFolder} onJoin={join} />
          </Tabs.Panel>
          <Tabs.Panel value="create" pt="md">
            <CreateFolderForm canSubmit={hasFolder} onCreate={create} />
          </Tabs.Panel>
        </Tabs>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
