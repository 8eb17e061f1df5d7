import { Alert, Button, Checkbox, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mainProcess } from '../../platform';
import { errorText } from './error-text';
import { MIN_PASSPHRASE_CHARS } from './passphrase';
import { changePassphraseFormSchema, passphraseChange, type ChangePassphraseForm as Values } from './workspace-admin';
import { PasswordField } from '../../ui/PasswordField';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** A field message: the schema's i18n keys in the user's language. */
export function adminFieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith('syncPage.') || message.startsWith('syncAdmin.') ? t(message, { min: MIN_PASSPHRASE_CHARS }) : t('validation.invalid');
}

/**
 * "เปลี่ยนรหัสผ่านของสำนักงาน": re-wraps the same office key under a new passphrase. The current
 * passphrase is asked; when nobody remembers it, this joined workstation acts on the key it
 * holds (docs/THREAT-MODEL.md "When the passphrase is lost").
 */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const { register, control, handleSubmit, formState, reset, clearErrors } = useForm<Values>({
    resolver: zodResolver(changePassphraseFormSchema),
    defaultValues: { lost: false, current: '', passphrase: '', confirm: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const lost = useWatch({ control, name: 'lost' });
  const submit = handleSubmit(async (values) => {
    setError(null);
    setChanged(false);
    try {
      await mainProcess().syncChangePassphrase(passphraseChange(values));
      setChanged(true);
      reset();
    } catch (e) {
      setError(errorText(t, e));
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('syncAdmin.passphrase.title')} data-testid="change-passphrase">
      <Stack maw={680} gap="sm">
        <Text size="sm">{t('syncAdmin.passphrase.explain')}</Text>
        {!lost && (
          <PasswordField
            label={t('syncAdmin.passphrase.current')}
            autoComplete="current-password"
            {...register('current')}
            error={adminFieldError(t, formState.errors.current?.message)}
          />
        )}
        <Checkbox
          label={t('syncAdmin.passphrase.lost')}
          description={t('syncAdmin.passphrase.lostHelp')}
          {...register('lost', { onChange: () => clearErrors('current') })}
        />
        <PasswordField
          label={t('syncAdmin.passphrase.new')}
          description={t('syncPage.passphrase.createHelp', { min: MIN_PASSPHRASE_CHARS })}
          autoComplete="new-password"
          {...register('passphrase')}
          error={adminFieldError(t, formState.errors.passphrase?.message)}
        />
        <PasswordField
          label={t('syncAdmin.passphrase.confirm')}
          autoComplete="new-password"
          {...register('confirm')}
          error={adminFieldError(t, formState.errors.confirm?.message)}
        />
        <div>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('syncAdmin.passphrase.submit')}
          </Button>
        </div>
        {changed && (
          <Alert color="teal" data-testid="passphrase-changed">
            {t('syncAdmin.passphrase.changed')}
          </Alert>
        )}
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}
