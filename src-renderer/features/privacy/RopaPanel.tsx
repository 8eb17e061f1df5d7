import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeProfileRepo } from '../../data';
import { useAppData } from '../../session/app-data';
import { PanelHeading } from './PanelHeading';
import { IpcError, mainProcess } from '../../platform';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { ROPA_SECURITY, ropaRegister } from '../../../src-main/shared/pdpa/ropa';
import { ropaDocumentActivities, type RopaRegisterDocument } from '../../../src-main/shared/pdf/ropa-register';
import { loadLetterhead, PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { personalRecordCounts } from './record-counts';

/**
 * ตั้งค่า → ข้อมูลส่วนบุคคล: the office's records of processing (PDPA s.39), made from the
 * personal-data tags of what the app stores and the records it holds today, on screen and as
 * PDF or Excel for the office's files.
 */
export function RopaPanel() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [busy, setBusy] = useState<PdfAction | 'xlsx' | null>(null);
  useEffect(() => {
    let live = true;
    void personalRecordCounts(db).then((found) => live && setCounts(found));
    return () => {
      live = false;
    };
  }, [db]);
  const rows = ropaRegister(counts ?? {});
  const ready = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;

  const documentOf = async (): Promise<RopaRegisterDocument | null> => {
    if (!profile) return null;
    const letterhead = await loadLetterhead(db, profile);
    const contact = [profile.address, profile.phone ? `โทร. ${profile.phone}` : '', profile.email ? `อีเมล ${profile.email}` : ''].filter(Boolean).join(' ');
    return {
      kind: 'ropa-register',
      letterhead,
      preparedOn: bangkokDay(new Date()),
      controllerContact: contact || profile.province,
      activities: ropaDocumentActivities(rows, ROPA_SECURITY),
      signer: { name: profile.directorName, position: profile.directorTitle },
    };
  };
  const run = async (action: PdfAction | 'xlsx') => {
    setBusy(action);
    try {
      const document = await documentOf();
      if (!document || !profile) return;
      const name = t('privacy.ropa.fileName');
      if (action !== 'xlsx') return await runPdfAction(t, action, { document, options: { thaiDigits: profile.thaiDigits } }, name);
      const saved = await mainProcess().exportRopaXlsx({ register: document, suggestedFileName: name });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: saved.filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md" data-testid="ropa-panel">
      <PanelHeading title={t('privacy.ropa.title')} help={t('privacy.ropa.help')} />
      {!ready && <Alert color="orange">{t('privacy.ropa.profileNeeded')}</Alert>}
      <Group justify="space-between">
        <Button variant="default" loading={busy === 'xlsx'} disabled={!ready || busy !== null} onClick={() => void run('xlsx')}>
          {t('privacy.ropa.excel')}
        </Button>
        <PdfActionButtons busy={busy === 'xlsx' ? null : busy} disabled={!ready || busy !== null} onRun={(action) => void run(action)} />
      </Group>
      <Paper withBorder>
        <Table striped data-testid="ropa-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ minWidth: 150 }}>{t('privacy.ropa.activity')}</Table.Th>
              <Table.Th>{t('privacy.ropa.categories')}</Table.Th>
              <Table.Th>{t('privacy.ropa.basis')}</Table.Th>
              <Table.Th>{t('privacy.ropa.retention')}</Table.Th>
              {/* Wide enough that a table's Thai name never breaks inside a word. */}
              <Table.Th style={{ minWidth: 250 }}>{t('privacy.ropa.stored')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.activity.id} data-testid="ropa-row">
                <Table.Td>
                  <Text fw={600}>{row.activity.title}</Text>
                  <Text size="sm" c="dimmed">
                    {row.subjectLabel}
                  </Text>
                </Table.Td>
                <Table.Td>{row.categories.join(', ')}</Table.Td>
                <Table.Td>{row.activity.lawfulBasis}</Table.Td>
                <Table.Td>{row.activity.retention}</Table.Td>
                <Table.Td>
                  {row.stored.map((s) => (
                    <Text key={s.table} size="sm">
                      {s.label}
                      {/* The count stays on one line with its unit. */}
                      {s.records !== null && <span style={{ whiteSpace: 'nowrap' }}>{` (${t('privacy.ropa.records', { count: s.records })})`}</span>}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
