import { Button, Group, Paper, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolder } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcError, mainProcess } from '../../platform';
import { CreateFolderForm } from './CreateFolderForm';
import { errorText } from './error-text';
import { JoinFolderForm, type JoinSecret } from './JoinFolderForm';
import type { KeySheet } from './KeySheetModal';
import { ErrorAlert } from '../../ui/ErrorAlert';

export interface SyncTargetView {
  folder: string;
  workspaceId: string;
}

type Mode = 'join' | 'create';

/**
 * This workstation's first step: the shared folder, picked in main's dialog (it cannot be
 * typed), then either a new sync folder under a new office passphrase (the first workstation)
 * or joining the existing one with that passphrase or the key sheet. A new folder's key sheet
 * is handed up to be shown once.
 */
export function SyncSetup({ onReady }: { onReady: (target: SyncTargetView, keySheet: KeySheet | null) => void }) {
  const { t } = useTranslation();
  // The folder as main's dialog answered it, shown only; main acts on the token (issue 19:
  // this window never names a path, docs/THREAT-MODEL.md "Paths only from main's dialogs").
  const [chosen, setChosen] = useState<{ folder: string; token: string } | null>(null);
  const [mode, setMode] = useState<Mode>('join');
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    try {
      const { folder, token } = await mainProcess().syncChooseFolder();
      if (folder !== null && token !== null) {
        setError(null);
        setChosen({ folder, token });
      }
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  /** A refusal; when main no longer knows the choice (expired, used) it is cleared, so the button is pressed again. */
  const failed = (e: unknown) => {
    if (e instanceof IpcError && e.code === 'path-not-chosen') setChosen(null);
    setError(errorText(t, e));
  };

  const create = async (passphrase: string) => {
    if (!chosen) return;
    setError(null);
    try {
      const { keySheet, ...target } = await mainProcess().syncCreateFolder({ token: chosen.token, passphrase });
      notifications.show({ color: 'teal', message: t('syncPage.created') });
      onReady(target, { ...keySheet, folder: target.folder, issuedAt: new Date().toISOString() });
    } catch (e) {
      failed(e);
    }
  };

  const join = async (secret: JoinSecret) => {
    if (!chosen) return;
    setError(null);
    try {
      const target = await mainProcess().syncJoinFolder({ token: chosen.token, ...secret });
      notifications.show({ color: 'teal', message: t('syncPage.joined') });
      onReady(target, null);
    } catch (e) {
      failed(e);
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
          <TextInput
            label={t('syncPage.folder')}
            description={t('syncPage.folderHelp')}
            value={chosen?.folder ?? ''}
            placeholder={t('syncPage.folderNotChosen')}
            readOnly
            variant="filled"
            w={520}
          />
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
            <JoinFolderForm canSubmit={chosen !== null} onJoin={join} />
          </Tabs.Panel>
          <Tabs.Panel value="create" pt="md">
            <CreateFolderForm canSubmit={chosen !== null} onCreate={create} />
          </Tabs.Panel>
        </Tabs>
        <ErrorAlert error={error} />
      </Stack>
    </Paper>
  );
}
