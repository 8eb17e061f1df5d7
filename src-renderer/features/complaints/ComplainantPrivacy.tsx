import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintRecord } from '../../data';
import { useAppData } from '../../app/data-context';
import { can } from '../../../src-main/shared/auth/permissions';
import { saveErrorText } from '../../ui/field-error';
import { permissionText } from '../../ui/permission-text';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { erasureFollowUp } from '../../platform';
import { ErasureScope } from '../privacy';
import { eraseComplainant } from './model/complaint-actions';

/** PDPA: erase the complainant's personal data once the matter is done (recorded, and synced to every workstation). */
export function ComplainantPrivacy({ complaint }: { complaint: ComplaintRecord }) {
  const { t } = useTranslation();
  const { db, acting } = useAppData();
  // Only an administrator erases (the data layer refuses anyone else): say so before the click.
  const eraseRight = can(acting, 'pdpa.erase');
  const [reason, setReason] = useState(t('complaints.defaultEraseReason'));
  const erasures = useLiveQuery(async () => (await db.dataErasures.where('[table+recordId]').equals(['complaints', complaint.id]).toArray()).filter((e) => !e.deleted), [db, complaint.id]);

  if (complaint.erasedAt) {
    return (
      <Alert color="gray" data-testid="complainant-erased">
        {t('complaints.erasedOn')} <ThaiDateText value={complaint.erasedAt} withTime />
        {erasures?.map((e) => (
          <Text key={e.id} size="sm">
            {t('complaints.erasureReason', { reason: e.reason })}
          </Text>
        ))}
      </Alert>
    );
  }
  if (!complaint.consent) return null;
  const erase = () =>
    modals.openConfirmModal({
      title: t('complaints.eraseTitle'),
      size: 'lg',
      children: (
        <Stack gap="sm">
          <Text>{t('complaints.eraseConfirm')}</Text>
          <ErasureScope table="complaints" />
        </Stack>
      ),
      labels: { confirm: t('complaints.erase'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        eraseComplainant(db, complaint.id, reason.trim() || t('complaints.defaultEraseReason'), new Date().toISOString())
          .then(async (blobIds) => {
            const followUp = erasureFollowUp(db);
            await followUp.eraseBlobs(blobIds);
            await followUp.forgetPreviews();
            await followUp.redactBackups();
            notifications.show({ color: 'teal', message: t('complaints.erased') });
          })
          .catch((error: unknown) => notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) }));
      },
    });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('complaints.privacyHelp')}
      </Text>
      {!eraseRight.allowed && (
        <Text size="sm" c="orange" data-testid="complainant-erase-refused">
          {permissionText(t, eraseRight)}
        </Text>
      )}
      <Group align="flex-end">
        <TextInput label={t('complaints.eraseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button color="red" variant="light" disabled={!eraseRight.allowed} onClick={erase}>
          {t('complaints.erase')}
        </Button>
      </Group>
    </Stack>
  );
}
