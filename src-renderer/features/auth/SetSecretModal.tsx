import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import type { StaffRecord } from '../../data';
import { mainProcess } from '../../platform';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { useSetSecret } from './data';
import { newSecretSchema, type NewSecret } from './secret-form';

/**
 * Sets a person's PIN: their own change, or an administrator setting it for someone new or
 * resetting a forgotten one. The data layer refuses anyone else (write rules), and the record
 * keeps who set it, when and why.
 */
export function SetSecretModal({ staff, onClose }: { staff: StaffRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const setSecret = useSetSecret();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<NewSecret>({ resolver: zodResolver(newSecretSchema), defaultValues: { secret: '', secretAgain: '' } });
  const own = Boolean(staff && acting && staff.id === acting.staffId);

  // Nothing typed outlives the dialog: the next person's PIN starts empty.
  const close = () => {
    reset({ secret: '', secretAgain: '' });
    setFailure(null);
    onClose();
  };

  const err = (name: keyof NewSecret) => {
    const message = formState.errors[name]?.message;
    return message?.startsWith('auth.') ? t(message) : fieldError(t, message);
  };

  const save = handleSubmit(async ({ secret }) => {
    if (!staff) return;
    setFailure(null);
    try {
      const { secret: hashed } = await mainProcess().authHashSecret({ secret });
      await setSecret(staff.id, hashed, own);
      notifications.show({ color: 'teal', message: t('auth.pin.saved') });
      close();
    } catch (error) {
      setFailure(saveErrorText(t, error));
    }
  });

  return (
    <Modal opened={staff !== null} onClose={close} title={staff ? t('auth.pin.title', { name: staffDisplayName(staff) }) : ''}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          {!own && <Text size="sm" c="dimmed">{t('auth.pin.resetNote')}</Text>}
          <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('syncPage.passphrase.toggle') }} label={t('auth.fields.secret')} description={t('auth.fields.secretHint')} withAsterisk autoComplete="new-password" {...register('secret')} error={err('secret')} data-autofocus />
          <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('syncPage.passphrase.toggle') }} label={t('auth.fields.secretAgain')} withAsterisk autoComplete="new-password" {...register('secretAgain')} error={err('secretAgain')} />
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={formState.isSubmitting}>
              {t('auth.pin.set')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
