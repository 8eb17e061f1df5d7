import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternRecord } from '../../data';
import { useAppData } from '../../app/data-context';
import { IpcError, erasureFollowUp, mainProcess } from '../../platform';
import { can } from '../../../src-main/shared/auth/permissions';
import { saveErrorText } from '../../ui/field-error';
import { permissionText } from '../../ui/permission-text';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { ErasureScope } from '../privacy';
import { eraseInternPersonalData, exportInternData } from './model/intern-privacy';

/** PDPA: give the intern their data, and erase it at the end of retention (recorded). */
export function PrivacyPanel({ intern }: { intern: InternRecord }) {
  const { t } = useTranslation();
  const { db, acting } = useAppData();
  // PDPA export and erasure are the administrator's (the data layer refuses an erasure by anyone else).
  const exportRight = can(acting, 'pdpa.export');
  const eraseRight = can(acting, 'pdpa.erase');
  const [reason, setReason] = useState(t('internships.defaultEraseReason'));
  const erasures = useLiveQuery(async () => (await db.dataErasures.where('[table+recordId]').equals(['interns', intern.id]).toArray()).filter((e) => !e.deleted), [db, intern.id]);
  const fail = (error: unknown) => {
    if (error instanceof IpcError && error.code === 'cancelled') return;
    notifications.show({ color: 'red', message: saveErrorText(t, error) });
  };

  const exportData = async () => {
    try {
      const json = JSON.stringify(await exportInternData(db, intern.id), null, 2);
      const { filePath } = await mainProcess().exportJsonFile({ json, suggestedFileName: `ข้อมูลส่วนบุคคล ${intern.studentId}` });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: filePath }) });
    } catch (error) {
      fail(error);
    }
  };
  const erase = () =>
    modals.openConfirmModal({
      title: t('internships.eraseTitle'),
      size: 'lg',
      children: (
        <Stack gap="sm">
          <Text>{t('internships.eraseConfirm', { name: `${intern.firstName} ${intern.lastName}` })}</Text>
          <ErasureScope table="interns" />
        </Stack>
      ),
      labels: { confirm: t('internships.erase'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        eraseInternPersonalData(db, intern.id, reason.trim() || t('internships.defaultEraseReason'), new Date().toISOString(), erasureFollowUp(db))
          .then(() => notifications.show({ color: 'teal', message: t('internships.erased') }))
          .catch(fail);
      },
    });

  if (intern.erasedAt) {
    return (
      <Alert color="gray" data-testid="erased-notice">
        {t('internships.erasedOn')} <ThaiDateText value={intern.erasedAt} withTime />
        {erasures?.map((e) => (
          <Text key={e.id} size="sm">
            {t('internships.erasureReason', { reason: e.reason })}
          </Text>
        ))}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('internships.privacyHelp')}
      </Text>
      {!eraseRight.allowed && (
        <Text size="sm" c="orange" data-testid="privacy-refused">
          {permissionText(t, eraseRight)}
        </Text>
      )}
      <Group align="flex-end">
        <Button variant="light" disabled={!exportRight.allowed} onClick={() => void exportData()}>
          {t('internships.exportData')}
        </Button>
        <TextInput label={t('internships.eraseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button color="red" variant="light" disabled={!eraseRight.allowed} onClick={erase}>
          {t('internships.erase')}
        </Button>
      </Group>
    </Stack>
  );
}
