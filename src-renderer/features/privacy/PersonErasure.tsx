import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../src-main/shared/auth/permissions';
import { useAppData } from '../../session/app-data';
import { reloadWithNotice } from '../../platform';
import { permissionText } from '../../ui/permission-text';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useErasureFollowUp, useErasuresOf, useMentionsSearch } from './data';
import { ErasureScope } from './ErasureScope';
import { MentionsNotice } from './MentionsNotice';
import { notifySaveFailed } from '../../ui/notify';
import { confirmDanger } from '../../ui/confirm-danger';

/**
 * "Erase this person" on their own record: the reason, the dialog that says what goes and what
 * the law keeps (from the declaration), the erasure, then their files, the temp previews and the
 * backups. Once erased it shows when and why. Only an administrator erases (the data layer
 * refuses anyone else); the refusal is said before the click.
 *
 * The words come from the module's translations under `prefix` (privacyHelp, erase, eraseTitle,
 * eraseConfirm, eraseReason, defaultEraseReason, erased, erasedOn, erasureReason).
 */
export function PersonErasure({
  table,
  recordId,
  erasedAt,
  prefix,
  values,
  testIds,
  erase,
  onErased,
  children,
}: {
  table: string;
  recordId: string;
  /** The record's own "erased on", when it has one; otherwise the erasure record's date. */
  erasedAt?: string | null;
  prefix: string;
  values?: Record<string, string>;
  testIds: { erased: string; refused: string };
  /** Carries out the erasure (one synced erasure record) and returns the files only it used. */
  erase: (reason: string, erasedAt: string) => Promise<readonly string[]>;
  onErased?: () => void;
  /** More actions on the same row (log a request …). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const eraseRight = can(acting, 'pdpa.erase');
  const [reason, setReason] = useState(() => t(`${prefix}.defaultEraseReason`));
  const erasures = useErasuresOf(table, recordId);
  const followUp = useErasureFollowUp();
  const searchMentions = useMentionsSearch();
  const when = erasedAt ?? erasures?.[0]?.createdAt ?? null;

  if (when) {
    return (
      <Alert color="gray" data-testid={testIds.erased}>
        {t(`${prefix}.erasedOn`)} <ThaiDateText value={when} withTime />
        {erasures?.map((e) => (
          <Text key={e.id} size="sm">
            {t(`${prefix}.erasureReason`, { reason: e.reason })}
          </Text>
        ))}
      </Alert>
    );
  }
  const confirm = () =>
    confirmDanger(t, {
      title: t(`${prefix}.eraseTitle`),
      size: 'lg',
      message: (
        <Stack gap="sm">
          <Text>{t(`${prefix}.eraseConfirm`, values)}</Text>
          <ErasureScope table={table} />
          <MentionsNotice search={searchMentions} table={table} recordId={recordId} />
        </Stack>
      ),
      confirm: t(`${prefix}.erase`),
      onConfirm: () => {
        erase(reason.trim() || t(`${prefix}.defaultEraseReason`), new Date().toISOString())
          .then(async (blobIds) => {
            // The files go only after the records no longer name them (a failed erasure keeps both).
            await followUp.eraseBlobs(blobIds);
            await followUp.forgetPreviews();
            await followUp.redactBackups();
            await followUp.wantDatabaseRebuild();
            onErased?.();
            // The window starts again on this page: its database files are rebuilt without the
            // erased values first (a scrubbed value stays in LevelDB's files until then).
            reloadWithNotice(t(`${prefix}.erased`));
          })
          .catch((error: unknown) => notifySaveFailed(t, error));
      },
    });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t(`${prefix}.privacyHelp`)}
      </Text>
      {!eraseRight.allowed && (
        <Text size="sm" c="orange" data-testid={testIds.refused}>
          {permissionText(t, eraseRight)}
        </Text>
      )}
      <Group align="flex-end">
        {children}
        <TextInput label={t(`${prefix}.eraseReason`)} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button color="red" variant="light" disabled={!eraseRight.allowed} onClick={confirm}>
          {t(`${prefix}.erase`)}
        </Button>
      </Group>
    </Stack>
  );
}
