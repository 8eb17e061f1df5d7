import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InternRecord } from '../../data';
import { useAppData } from '../../app/data-context';
import { IpcError, erasureFollowUp } from '../../platform';
import { can } from '../../../src-main/shared/auth/permissions';
import { saveErrorText } from '../../ui/field-error';
import { permissionText } from '../../ui/permission-text';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { ErasureScope, RequestFormModal } from '../privacy';
import { eraseInternPersonalData } from './model/intern-privacy';

/** PDPA: give the intern their data, and erase it at the end of retention (recorded). */
export function PrivacyPanel({ intern }: { intern: InternRecord }) {
  const { t } = useTranslation();
  const { db, acting } = useAppData();
  // Erasure is the administrator's (the data layer refuses it from anyone else); anyone logs a request.
  const eraseRight = can(acting, 'pdpa.erase');
  const [reason, setReason] = useState(t('internships.defaultEraseReason'));
  const [requesting, setRequesting] = useState<'new' | null>(null);
  const fullName = `${intern.title}${intern.firstName} ${intern.lastName}`;
  const prefill = useMemo(() => ({ subjectTable: 'interns' as const, subjectId: intern.id, requesterName: fullName, requesterContact: intern.phone }), [intern.id, fullName, intern.phone]);
  const erasures = useLiveQuery(async () => (await db.dataErasures.where('[table+recordId]').equals(['interns', intern.id]).toArray()).filter((e) => !e.deleted), [db, intern.id]);
  const fail = (error: unknown) => {
    if (error instanceof IpcError && error.code === 'cancelled') return;
    notifications.show({ color: 'red', message: saveErrorText(t, error) });
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
        <Button variant="light" onClick={() => setRequesting('new')}>
          {t('internships.logRequest')}
        </Button>
        <TextInput label={t('internships.eraseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button color="red" variant="light" disabled={!eraseRight.allowed} onClick={erase}>
          {t('internships.erase')}
        </Button>
      </Group>
      <RequestFormModal editing={requesting} onClose={() => setRequesting(null)} prefill={prefill} />
    </Stack>
  );
}
