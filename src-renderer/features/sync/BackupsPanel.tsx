import { Alert, Button, Group, Modal, NumberInput, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFileImport, IconFolderShare, IconLock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_BACKUP_KEEP, MAX_BACKUP_KEEP, type BackupInfo, type BackupKeyStatus, type BackupPreview } from '../../../src-main/shared/ipc/channels/backup';
import { BackupPassphraseModal, type BackupPassphraseMode } from './BackupPassphraseModal';
import { BACKUP_TABLES, RestoreCountError, RestoreRefusedError } from '../../data';
import { saveErrorText } from '../../ui/field-error';
import { useAppData } from '../../session/app-data';
import { can } from '../../../src-main/shared/auth/permissions';
import { permissionText } from '../../ui/permission-text';
import { mainProcess } from '../../platform';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { useBackupCommands, useBackupKeep } from './data';
import { DataTable } from '../../ui/DataTable';

/** Set just before the window reloads after a restore, so the reloaded page can say it worked. */
const RESTORED_KEY = 'pr-desk.restored';

interface Work {
  kind: 'backup' | 'restore';
  label: string;
  done: number;
  total: number;
  /** False once a restore starts replacing records: it must then run to its end. */
  cancellable: boolean;
}

/** "12.4 MB": sizes as staff read them (decimal units, like Windows Explorer shows approximately). */
function useFormatBytes(): (bytes: number) => string {
  const formatNumber = useFormatNumber();
  return useCallback(
    (bytes: number) => {
      const units = ['B', 'KB', 'MB', 'GB', 'TB'];
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
      }
      const shown = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
      return `${formatNumber(Number(shown))} ${units[unit]}`;
    },
    [formatNumber],
  );
}

/** The office's own data first (in the schema's order), bookkeeping tables last. */
function tableOrder(table: string): number {
  const index = (BACKUP_TABLES as readonly string[]).indexOf(table);
  return index === -1 ? BACKUP_TABLES.length : index;
}

function errorText(t: TFunction, error: unknown): string {
  if (error instanceof RestoreRefusedError) return t(`backup.refused.${error.reason}`);
  if (error instanceof RestoreCountError) return t('backup.countMismatch', { table: t(`backup.tables.${error.table}`, { defaultValue: error.table }) });
  if ((error as { code?: unknown } | null)?.code === 'cancelled') return t('backup.cancelled');
  return saveErrorText(t, error);
}

/** สำรองข้อมูล: the backups of this workstation, a backup now, and a restore after a preview. */
export function BackupsPanel() {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const { backup, restore: restoreFrom, setKeep } = useBackupCommands();
  // Restoring replaces everything: an administrator's, or anyone's on a fresh PC before the first
  // sign-in (nobody signed in). Main checks the same before it copies a single file back.
  const restoreRefused = acting ? can(acting, 'backup.restore') : null;
  const formatNumber = useFormatNumber();
  const formatBytes = useFormatBytes();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [work, setWork] = useState<Work | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  // Read in the initializer, removed in an effect: StrictMode runs initializers twice.
  const [restoredNotice, setRestoredNotice] = useState<string | null>(() => sessionStorage.getItem(RESTORED_KEY));
  useEffect(() => sessionStorage.removeItem(RESTORED_KEY), []);
  const controller = useRef<AbortController | null>(null);
  // The flag, not the state: two quick clicks must not start two backups.
  const running = useRef(false);
  const keep = useBackupKeep();
  const [keyStatus, setKeyStatus] = useState<BackupKeyStatus | null>(null);
  const [asking, setAsking] = useState<{ mode: BackupPassphraseMode; submit: (passphrase: string) => Promise<void> } | null>(null);

  const refresh = useCallback(
    () =>
      Promise.all([mainProcess().backupKeyStatus(), mainProcess().backupList()])
        .then(([status, list]) => {
          setKeyStatus(status);
          setBackups(list);
        })
        .catch(async (error: unknown) => {
          // Backups brought from another PC that only their passphrase opens: the panel says so and asks.
          if ((error as { code?: unknown } | null)?.code !== 'backup-locked') return notifications.show({ color: 'red', message: saveErrorText(t, error) });
          setKeyStatus(await mainProcess().backupKeyStatus());
          setBackups([]);
        }),
    [t],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs one long job at a time, with progress and a cancel button. */
  const run = async (kind: Work['kind'], job: (signal: AbortSignal, update: (w: Omit<Work, 'kind'>) => void) => Promise<void>) => {
    if (running.current) {
      notifications.show({ color: 'yellow', message: t('backup.busy') });
      return;
    }
    running.current = true;
    controller.current = new AbortController();
    setWork({ kind, label: '', done: 0, total: 0, cancellable: true });
    try {
      await job(controller.current.signal, (w) => setWork({ kind, ...w }));
    } catch (error) {
      notifications.show({ color: (error as { code?: unknown }).code === 'cancelled' ? 'gray' : 'red', message: errorText(t, error), autoClose: 8000 });
    } finally {
      running.current = false;
      controller.current = null;
      setWork(null);
      await refresh();
    }
  };

  const backupNow = () =>
    run('backup', async (signal, update) => {
      await backup('manual', {
        signal,
        onProgress: (p) => update({ label: t(`backup.progress.${p.phase}`, { done: formatNumber(p.done), total: formatNumber(p.total) }), done: p.done, total: p.total, cancellable: true }),
      });
      notifications.show({ color: 'teal', message: t('backup.saved') });
    });

  const open = async (name: string) => {
    try {
      setPreview(await mainProcess().backupOpen({ name }));
    } catch (error) {
      notifications.show({ color: 'red', message: (error as { code?: unknown }).code === 'not-found' ? t('backup.unreadable') : saveErrorText(t, error) });
    }
  };

  const setPassphrase = (mode: 'set' | 'export', then?: () => Promise<void>) =>
    setAsking({
      mode,
      submit: async (passphrase) => {
        setKeyStatus(await mainProcess().backupSetPassphrase({ passphrase }));
        notifications.show({ color: 'teal', message: t('backup.passphrase.saved') });
        if (then) void then();
      },
    });

  const unlock = () =>
    setAsking({
      mode: 'unlock',
      submit: async (passphrase) => {
        setKeyStatus(await mainProcess().backupUnlock({ passphrase }));
        await refresh();
      },
    });

  const exportFolder = async (name: string) => {
    try {
      const { path } = await mainProcess().backupExportFolder({ name });
      if (path) notifications.show({ color: 'teal', message: t('backup.exported', { path }), autoClose: 10_000 });
    } catch (error) {
      // Only this PC could open the copy: a backup passphrase first, then the copy again.
      if ((error as { code?: unknown } | null)?.code === 'backup-needs-passphrase') setPassphrase('export', () => exportFolder(name));
      else notifications.show({ color: 'red', message: saveErrorText(t, error) });
    }
  };

  const imported = async (name: string | null) => {
    if (name === null) return;
    notifications.show({ color: 'teal', message: t('backup.imported') });
    await refresh();
    await open(name);
  };

  const importBackup = async () => {
    try {
      await imported((await mainProcess().backupImport()).name);
    } catch (error) {
      // Not ours or damaged: nothing was added, this workstation's data is untouched.
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'backup-locked') {
        setAsking({ mode: 'import', submit: async (passphrase) => imported((await mainProcess().backupImportUnlock({ passphrase })).name) });
        return;
      }
      notifications.show({ color: 'red', message: code === 'not-allowed' ? t('backup.notABackup') : saveErrorText(t, error), autoClose: 8000 });
    }
  };

  const restore = (chosen: BackupPreview) =>
    run('restore', async (signal, update) => {
      const result = await restoreFrom(chosen.name, {
        signal,
        onProgress: (p) =>
          update({
            label: t(`backup.restoreProgress.${p.phase}`, { done: formatNumber(p.done), total: formatNumber(p.total) }),
            done: p.done,
            total: p.total,
            cancellable: p.phase === 'safety-backup' || p.phase === 'photos',
          }),
      });
      sessionStorage.setItem(RESTORED_KEY, result.photosDamaged > 0 ? t('backup.photosDamaged', { count: result.photosDamaged }) : t('backup.restored'));
      // The app starts again as the new device, with the restored data.
      window.location.reload();
    });

  const damagedTables = preview?.tables.filter((s) => s.damagedParts > 0) ?? [];
  const percent = work && work.total > 0 ? Math.min(100, (work.done / work.total) * 100) : 0;

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('backup.title')}
        </Title>
        <Group>
          <Button variant="default" leftSection={<IconLock size={18} />} disabled={work !== null || keyStatus?.locked !== false} onClick={() => setPassphrase('set')} data-testid="backup-set-passphrase">
            {keyStatus?.passphrase ? t('backup.passphrase.change') : t('backup.passphrase.set')}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={18} />} disabled={work !== null} onClick={() => void importBackup()} title={t('backup.importHelp')}>
            {t('backup.importBackup')}
          </Button>
          <Button leftSection={<IconDatabaseExport size={18} />} loading={work?.kind === 'backup'} disabled={work !== null} onClick={() => void backupNow()}>
            {t('backup.now')}
          </Button>
        </Group>
      </Group>
      {restoredNotice && (
        <Alert color="teal" mb="sm" withCloseButton onClose={() => setRestoredNotice(null)} data-testid="backup-restored">
          {restoredNotice}
        </Alert>
      )}
      {keyStatus?.locked && (
        <Alert color="yellow" mb="sm" data-testid="backup-locked">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('backup.lockedExplain')}</Text>
            <Button size="xs" leftSection={<IconLock size={16} />} onClick={unlock}>
              {t('backup.passphrase.submit.unlock')}
            </Button>
          </Stack>
        </Alert>
      )}
      {keyStatus && !keyStatus.locked && (
        <Text size="sm" c="dimmed" mb="sm" data-testid="backup-protection">
          {t(keyStatus.passphrase ? 'backup.protection.passphrase' : keyStatus.office ? 'backup.protection.office' : 'backup.protection.thisPc')}
        </Text>
      )}
      <BackupPassphraseModal mode={asking?.mode ?? null} onClose={() => setAsking(null)} submit={(passphrase) => asking?.submit(passphrase) ?? Promise.resolve()} />
      {work && !preview && <WorkProgress work={work} percent={percent} onCancel={() => controller.current?.abort()} cancelText={t('backup.cancel')} />}
      {keep !== undefined && (
        <NumberInput
          label={t('backup.keep')}
          min={MIN_BACKUP_KEEP}
          max={MAX_BACKUP_KEEP}
          clampBehavior="blur"
          w={360}
          mb="sm"
          value={keep}
          onChange={(value) => {
            if (typeof value === 'number' && value >= MIN_BACKUP_KEEP && value <= MAX_BACKUP_KEEP) void setKeep(Math.round(value));
          }}
        />
      )}
      <Text size="sm" c="dimmed" mb="sm">
        {t('backup.explain')}
      </Text>
      {backups && backups.length === 0 && <EmptyState title={t('backup.none')} />}
      {backups && backups.length > 0 && (
        <DataTable striped testId="backup-list" headings={[t('backup.when'), t('backup.kind'), t('backup.records'), t('backup.photos'), null]}>
          {backups.map((b) => (
            <Table.Tr key={b.name}>
              <Table.Td>
                <ThaiDateText value={new Date(b.createdAt)} withTime />
              </Table.Td>
              <Table.Td>{t(`backup.reason.${b.reason}`)}</Table.Td>
              <Table.Td>{formatBytes(b.recordBytes)}</Table.Td>
              <Table.Td>{b.blobCount > 0 ? t('backup.photoSummary', { count: formatNumber(b.blobCount), size: formatBytes(b.blobBytes) }) : '–'}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Button size="xs" variant="subtle" disabled={work !== null} onClick={() => void open(b.name)}>
                    {t('backup.openRestore')}
                  </Button>
                  <Button size="xs" variant="subtle" leftSection={<IconFolderShare size={14} />} disabled={work !== null} onClick={() => void exportFolder(b.name)}>
                    {t('backup.exportFolder')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <Modal opened={preview !== null} onClose={() => work === null && setPreview(null)} closeOnEscape={work === null} withCloseButton={work === null} title={t('backup.previewTitle')} size="lg">
        {preview && (
          <Stack>
            <Text>
              {t('backup.previewExplain')} <ThaiDateText value={new Date(preview.createdAt)} format="long" withTime /> · {t(`backup.reason.${preview.reason}`)}
            </Text>
            {damagedTables.length > 0 && (
              <Alert color="red" data-testid="backup-damaged">
                {t('backup.damagedParts', { tables: damagedTables.map((s) => t(`backup.tables.${s.table}`, { defaultValue: s.table })).join(', ') })}
              </Alert>
            )}
            {preview.blobsAbsent > 0 && (
              <Alert color="yellow" data-testid="backup-absent">
                {t('backup.blobsAbsent', { count: preview.blobsAbsent })}
              </Alert>
            )}
            <DataTable testId="backup-preview" striped headings={[t('backup.previewTable'), { label: t('backup.previewRows'), ta: 'right' }]}>
              {preview.tables
                .filter((s) => s.rows > 0)
                .sort((a, b) => tableOrder(a.table) - tableOrder(b.table))
                .map((s) => (
                  <Table.Tr key={s.table}>
                    <Table.Td>{t(`backup.tables.${s.table}`, { defaultValue: s.table })}</Table.Td>
                    <Table.Td ta="right">{formatNumber(s.rows)}</Table.Td>
                  </Table.Tr>
                ))}
            </DataTable>
            <Text>{t('backup.previewPhotos', { count: formatNumber(preview.blobCount), size: formatBytes(preview.blobBytes) })}</Text>
            <Text size="sm" c="dimmed">
              {t('backup.restoreNote')}
            </Text>
            {work && <WorkProgress work={work} percent={percent} onCancel={() => controller.current?.abort()} cancelText={t('backup.cancel')} />}
            <Group justify="flex-end">
              <Button variant="default" disabled={work !== null} onClick={() => setPreview(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={work?.kind === 'restore'}
                disabled={damagedTables.length > 0 || work !== null || restoreRefused?.allowed === false}
                onClick={() => void restore(preview)}
              >
                {t('backup.restore')}
              </Button>
            </Group>
            {restoreRefused && !restoreRefused.allowed && (
              <Text size="sm" c="red" ta="right" data-testid="restore-refused">
                {permissionText(t, restoreRefused)}
              </Text>
            )}
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

function WorkProgress({ work, percent, onCancel, cancelText }: { work: Work; percent: number; onCancel: () => void; cancelText: string }) {
  return (
    <Stack gap={4} mb="sm" data-testid="backup-progress">
      <Group justify="space-between">
        <Text size="sm">{work.label}</Text>
        {work.cancellable && (
          <Button size="xs" variant="default" onClick={onCancel}>
            {cancelText}
          </Button>
        )}
      </Group>
      <Progress value={percent} animated aria-label={work.label} />
    </Stack>
  );
}
