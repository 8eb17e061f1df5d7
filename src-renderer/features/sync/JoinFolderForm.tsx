import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { joinFolderFormSchema, joinSecret, type JoinFolderForm as JoinFolderValues } from './passphrase';
import { passphraseFieldError } from './passphrase-field-error';
import { PasswordField } from '../../ui/PasswordField';

export type JoinSecret = ReturnType<typeof joinSecret>;

/** "เข้าร่วมโฟลเดอร์ที่มีอยู่": the office passphrase, or the key sheet's letters when it is lost. */
export function JoinFolderForm({ canSubmit, onJoin }: { canSubmit: boolean; onJoin: (secret: JoinSecret) => Promise<void> }) {
  const { t } = useTranslation();
  const { register, control, handleSubmit, setValue, clearErrors, formState } = useForm<JoinFolderValues>({
    resolver: zodResolver(joinFolderFormSchema),
    defaultValues: { method: 'passphrase', passphrase: '', officeKey: '' },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const method = useWatch({ control, name: 'method' });
  const submit = handleSubmit((values) => onJoin(joinSecret(values)));
  const switchTo = (next: JoinFolderValues['method']) => {
    clearErrors();
    setValue('method', next);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('syncPage.join')}>
      <Stack maw={520} gap="sm">
        {method === 'passphrase' ? (
          <PasswordField
            key="passphrase"
            label={t('syncPage.passphrase.label')}
            description={t('syncPage.passphrase.joinHelp')}
            autoComplete="current-password"
            {...register('passphrase')}
            error={passphraseFieldError(t, formState.errors.passphrase?.message)}
          />
        ) : (
          <TextInput
            key="officeKey"
            label={t('syncPage.officeKey.label')}
            description={t('syncPage.officeKey.help')}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...register('officeKey')}
            error={passphraseFieldError(t, formState.errors.officeKey?.message)}
          />
        )}
        <Anchor component="button" type="button" size="sm" ta="left" onClick={() => switchTo(method === 'passphrase' ? 'officeKey' : 'passphrase')}>
          {method === 'passphrase' ? t('syncPage.officeKey.use') : t('syncPage.officeKey.usePassphrase')}
        </Anchor>
        <div>
          <Button type="submit" disabled={!canSubmit} loading={formState.isSubmitting}>
            {t('syncPage.join')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
