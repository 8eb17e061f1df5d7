import { Button, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_CHARS, createFolderFormSchema, type CreateFolderForm as CreateFolderValues } from './passphrase';
import { passphraseFieldError } from './passphrase-field-error';
import { PasswordField } from '../../ui/PasswordField';

/** "สร้างโฟลเดอร์ซิงค์ใหม่": the office passphrase, typed twice. */
export function CreateFolderForm({ canSubmit, onCreate }: { canSubmit: boolean; onCreate: (passphrase: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<CreateFolderValues>({
    resolver: zodResolver(createFolderFormSchema),
    defaultValues: { passphrase: '', confirm: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const submit = handleSubmit(({ passphrase }) => onCreate(passphrase));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('syncPage.create')}>
      <Stack maw={520}>
        <PasswordField
          label={t('syncPage.passphrase.label')}
          description={t('syncPage.passphrase.createHelp', { min: MIN_PASSPHRASE_CHARS })}
          autoComplete="new-password"
          {...register('passphrase')}
          error={passphraseFieldError(t, formState.errors.passphrase?.message)}
        />
        <PasswordField
          label={t('syncPage.passphrase.confirmLabel')}
          autoComplete="new-password"
          {...register('confirm')}
          error={passphraseFieldError(t, formState.errors.confirm?.message)}
        />
        <div>
          <Button type="submit" disabled={!canSubmit} loading={formState.isSubmitting}>
            {t('syncPage.create')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
