import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeJs } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../src-main/shared/auth/permissions';
import { useAppData } from '../../session/app-data';
import { mainProcess } from '../../platform';
import { saveFileWithNotice } from '../../ui/notify';
import { permissionText } from '../../ui/permission-text';
import { PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { accessExportFits, useBuildAccessExport, useMentionsSearch, type AccessExport } from './data';
import type { DataRequestRow } from './model/data-requests';
import { MentionsNotice } from './MentionsNotice';

/**
 * ออกสำเนาข้อมูลส่วนบุคคล: what this workstation holds about the request's person, reviewed on
 * screen (how many records of each kind), then given as a Thai PDF and a machine-readable file.
 */
export function AccessExportModal({ row, onClose }: { row: DataRequestRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const right = can(acting, 'pdpa.export');
  const profile = useOfficeProfile();
  const buildExport = useBuildAccessExport();
  const searchMentions = useMentionsSearch();
  // The export made for a row; a stale one (another row's) is never shown.
  const [built, setBuilt] = useState<{ row: DataRequestRow; result: AccessExport } | null>(null);
  const made = built && built.row === row ? built.result : null;
  const [busy, setBusy] = useState<PdfAction | 'json' | null>(null);
  const ready = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;

  useEffect(() => {
    if (!row || !profile || !ready || !right.allowed) return;
    let live = true;
    void buildExport(row, profile)
      .then((result) => live && setBuilt({ row, result }))
      .catch(() => live && notifications.show({ color: 'red', message: t('errors.ipc.internal') }));
    return () => {
      live = false;
    };
  }, [buildExport, row, profile, ready, right.allowed, t]);

  const fits = made ? accessExportFits(made) : { pdf: false, json: false };
  const fileName = made ? t('privacy.access.fileName', { name: made.document.subject.name }) : '';
  const run = async (action: PdfAction | 'json') => {
    if (!made || !profile) return;
    setBusy(action);
    // Both say how it went themselves and never throw.
    if (action === 'json') await saveFileWithNotice(t, () => mainProcess().exportJsonFile({ json: made.json, suggestedFileName: fileName }));
    else await runPdfAction(t, action, { document: made.document, options: { thaiDigits: profile.thaiDigits } }, fileName);
    setBusy(null);
  };

  return (
    <Modal opened={row !== null} onClose={onClose} title={t('privacy.access.title')} size="lg">
      <Stack gap="sm" data-testid="access-export">
        {!right.allowed && <Alert color="orange">{permissionText(t, right)}</Alert>}
        {right.allowed && profile !== undefined && !ready && <Alert color="orange">{t('privacy.ropa.profileNeeded')}</Alert>}
        {right.allowed && ready && !made && <Loader size="sm" />}
        {made && (
          <>
            <Text>{t('privacy.access.summary', { name: made.document.subject.name, count: made.records })}</Text>
            {!row?.record.subjectId && <Alert color="orange">{t('privacy.access.noSubject')}</Alert>}
            <List size="sm" data-testid="access-sections">
              {made.document.sections.map((section) => (
                <List.Item key={section.title}>{t('privacy.access.section', { title: section.title, count: section.records.length })}</List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t('privacy.access.help')}
            </Text>
            {row?.record.subjectId && row.record.subjectTable && <MentionsNotice search={searchMentions} table={row.record.subjectTable} recordId={row.record.subjectId} />}
            {!fits.pdf && (
              <Alert color="orange" data-testid="access-too-large">
                {fits.json ? t('privacy.access.pdfTooLarge') : t('privacy.access.tooLarge')}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" leftSection={<IconFileTypeJs size={18} />} loading={busy === 'json'} disabled={busy !== null || !fits.json} onClick={() => void run('json')}>
                {t('privacy.access.json')}
              </Button>
              <PdfActionButtons busy={busy === 'json' ? null : busy} disabled={busy !== null || !fits.pdf} onRun={(action) => void run(action)} />
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
