import { Button, Group, Modal, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupFormatError, exportDatabase, localSettings, parseBackup, restoreDatabase, summarizeBackup, type Backup } from '../../data';
import { saveErrorText } from '../../ui/field-error';
import type { BackupInfo } from '../../../src-main/shared/ipc/channels/sync';
import { useAppData } from '../../app/data-context';
import { mainProcess } from '../../platform';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';

/** สำรองข้อมูล: automatic and manual backups, and restoring one after a preview. */
export function BackupsPanel() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ backup: Backup } | null>(null);
  const keep = useLiveQuery(() => localSettings(db).get('backupKeep'), [db]);

  const refresh = useCallback(() => mainProcess().backupList().then(setBackups), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const backupNow = async () => {
    setBusy(true);
    try {
      await mainProcess().backupWrite({ reason: 'manual', json: await exportDatabase(db), keep: await localSettings(db).get('backupKeep') });
      notifications.show({ color: 'teal', message: t('backup.saved') });
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const open = async (info: BackupInfo) => {
    try {
      const { json } = await mainProcess().backupRead({ name: info.name });
      setPreview({ backup: parseBackup(json) });
    } catch {
      notifications.show({ color: 'red', message: t('backup.unreadable') });
    }
  };

  const exportFile = async () => {
    setBusy(true);
    try {
      const { path } = await mainProcess().backupExportFile({ json: await exportDatabase(db), suggestedName: `pr-desk-${new Date().toISOString().slice(0, 10)}` });
      if (path) notifications.show({ color: 'teal', message: t('backup.exported', { path }) });
    } catch (error) {
      notifications.show({ color: 'red', message: saveErrorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async () => {
    try {
      const { json } = await mainProcess().backupImportFile();
      if (json === null) return;
      setPreview({ backup: parseBackup(json) });
    } catch (error) {
      // Not ours, damaged or newer: nothing is written, the database stays as it was.
      notifications.show({ color: 'red', message: error instanceof BackupFormatError ? t('backup.notABackup') : saveErrorText(t, error) });
    }
  };

  const restore = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      // The state being replaced is itself backed up first: a restore can be undone.
      await mainProcess().backupWrite({ reason: 'before-restore', json: await exportDatabase(db), keep: await localSettings(db).get('backupKeep') });
      await restoreDatabase(db, preview.backup);
      notifications.show({ color: 'teal', message: t('backup.restored') });
      setPreview(null);
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('backup.title')}
        </Title>
        <Group>
          <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => void importFile()}>
            {t('backup.importFile')}
          </Button>
          <Button variant="default" leftSection={<IconFileExport size={18} />} disabled={busy} onClick={() => void exportFile()}>
            {t('backup.exportFile')}
          </Button>
          <Button leftSection={<IconDatabaseExport size={18} />} loading={busy} onClick={() => void backupNow()}>
            {t('backup.now')}
          </Button>
        </Group>
      </Group>
      {keep !== undefined && (
        <NumberInput
          label={t('backup.keep')}
          min={1}
          max={365}
          w={320}
          mb="sm"
          value={keep}
          onChange={(value) => {
            if (typeof value === 'number' && value >= 1 && value <= 365) void localSettings(db).set('backupKeep', Math.round(value));
          }}
        />
      )}
      <Text size="sm" c="dimmed" mb="sm">
        {t('backup.explain')}
      </Text>
      {backups && backups.length === 0 && <EmptyState title={t('backup.none')} />}
      {backups && backups.length > 0 && (
        <Table striped data-testid="backup-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.when')}</Table.Th>
              <Table.Th>{t('backup.kind')}</Table.Th>
              <Table.Th>{t('backup.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>
                  <ThaiDateText value={new Date(b.createdAt)} withTime />
                </Table.Td>
                <Table.Td>{t(`backup.reason.${b.reason}`)}</Table.Td>
                <Table.Td>{formatNumber(Math.ceil(b.size / 1024))} KB</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => void open(b)}>
                    {t('backup.openRestore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title={t('backup.previewTitle')} size="lg">
        {preview && (
          <Stack>
            <Text>
              {t('backup.previewExplain')} <ThaiDateText value={new Date(preview.backup.createdAt)} format="long" withTime />
            </Text>
            <Table data-testid="backup-preview">
              <Table.Tbody>
                {summarizeBackup(preview.backup)
                  .filter((s) => s.rows > 0)
                  .map((s) => (
                    <Table.Tr key={s.table}>
                      <Table.Td>{t(`backup.tables.${s.table}`)}</Table.Td>
                      <Table.Td>{formatNumber(s.rows)}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed">
              {t('backup.restoreNote')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void restore()}>
                {t('backup.restore')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
