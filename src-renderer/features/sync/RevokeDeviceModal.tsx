import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDevice } from '../../../src-main/shared/ipc/channels/sync-admin';
import { mainProcess } from '../../platform';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormatNumber } from '../../ui/use-format-number';
import { adminFieldError } from './ChangePassphraseForm';
import { errorText } from './error-text';
import { MAX_REVOKE_REASON_CHARS, revokeFormSchema, shortDeviceId, type RevokeForm } from './workspace-admin';

/**
 * "เพิกถอน" a workstation, after saying what it does and what it cannot do: the device's later
 * files are refused everywhere, what the office already took in stays, and whoever knew the
 * passphrase (or holds that computer) can still read the share.
 */
export function RevokeDeviceModal({ device, onClose, onRevoked }: { device: WorkspaceDevice; onClose: () => void; onRevoked: () => void }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [error, setError] = useState<string | null>(null);
  const consumedSeq = device.lastSeen?.seq ?? 0;
  const { register, handleSubmit, formState } = useForm<RevokeForm>({ resolver: zodResolver(revokeFormSchema), defaultValues: { reason: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const submit = handleSubmit(async ({ reason }) => {
    setError(null);
    try {
      await mainProcess().syncRevokeDevice({ deviceId: device.deviceId, reason: reason.trim(), consumedSeq });
      onRevoked();
    } catch (e) {
      setError(errorText(t, e));
    }
  });
  return (
    <Modal opened onClose={onClose} title={t('syncAdmin.revoke.title', { name: device.deviceName })} size="lg" data-testid="revoke-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('syncAdmin.revoke.device')} <b>{device.deviceName}</b> ({shortDeviceId(device.deviceId)})
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>{consumedSeq > 0 ? t('syncAdmin.revoke.keeps', { n: formatNumber(consumedSeq) }) : t('syncAdmin.revoke.keepsNone')}</List.Item>
            <List.Item>{t('syncAdmin.revoke.refuses')}</List.Item>
            <List.Item>{t('syncAdmin.revoke.syncFirst')}</List.Item>
          </List>
          <Alert color="yellow" title={t('syncAdmin.limitTitle')}>
            {t('syncAdmin.revoke.limit')}
          </Alert>
          <Textarea
            label={t('syncAdmin.revoke.reason')}
            description={t('syncAdmin.revoke.reasonHelp', { max: MAX_REVOKE_REASON_CHARS })}
            autosize
            minRows={2}
            {...register('reason')}
            error={adminFieldError(t, formState.errors.reason?.message)}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('syncPage.cancel')}
            </Button>
            <Button type="submit" color="red" loading={formState.isSubmitting}>
              {t('syncAdmin.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
