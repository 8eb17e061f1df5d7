import { Button, Grid, Group, NumberInput, Paper, Switch, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconHistory } from '@tabler/icons-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_OFFICE_PROFILE,
  OFFICE_PROFILE_ID,
  officeProfileSchema,
  type OfficeProfile,
} from '../../../src-main/shared/domain/office-profile';
import { useAppData } from '../../session/app-data';
import { fieldError } from '../../ui/field-error';
import { RecordHistory } from '../../ui/RecordHistory';
import { ImagePicker } from '../../ui/ImagePicker';
import { useOfficeProfile, useOfficeProfileCommands } from './data';

const LOGO_TEXTS = {
  label: 'office.fields.logoBlobId',
  alt: 'office.logoAlt',
  empty: 'office.noLogo',
  choose: 'office.chooseLogo',
  remove: 'office.removeLogo',
  wrongType: 'office.logoWrongType',
  tooLarge: 'office.logoTooLarge',
  failed: 'office.logoFailed',
};
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { notifySaveFailed } from '../../ui/notify';

const TEXT_FIELDS = ['officeName', 'province', 'phone', 'email', 'directorName', 'directorTitle'] as const;

/** ข้อมูลสำนักงาน: printed on every letterhead and PDF the office produces. */
export function OfficeProfileForm() {
  const { t } = useTranslation();
  const { device } = useAppData();
  const profileCommands = useOfficeProfileCommands();
  const [historyOpen, setHistoryOpen] = useState(false);
  const stored = useOfficeProfile();
  const form = useForm<OfficeProfile>({
    resolver: zodResolver(officeProfileSchema),
    defaultValues: EMPTY_OFFICE_PROFILE,
    // Validate on save, then live while correcting: validating on blur shifts the layout under
    // the pointer and swallowed the click on บันทึก (seen in E2E).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, handleSubmit, reset, formState } = form;
  // Read during render so react-hook-form tracks them (it computes only what is read).
  const { isDirty: _isDirty, dirtyFields: _dirtyFields } = formState;

  // Show the stored profile, and follow changes (e.g. from sync) while nothing is being edited;
  // once the user types, live updates must not wipe it.
  useEffect(() => {
    if (!stored || formState.isDirty) return;
    const { id: _id, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, deleted: _d, clocks: _c, ...profile } = stored;
    reset({ ...EMPTY_OFFICE_PROFILE, ...profile });
  }, [stored, formState.isDirty, reset]);

  const save = handleSubmit(async (values) => {
    try {
      // Only what was edited here: a stale copy of another field must never overwrite a newer
      // value that sync brought in meanwhile.
      const edited = Object.fromEntries(
        Object.keys(formState.dirtyFields).map((key) => [key, values[key as keyof OfficeProfile]]),
      ) as Partial<OfficeProfile>;
      const saved = await profileCommands.save(stored ? edited : values);
      const { id: _id, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, deleted: _d, clocks: _c, ...profile } = saved;
      reset({ ...EMPTY_OFFICE_PROFILE, ...profile });
      notifications.show({ color: 'teal', message: t('office.saved') });
    } catch (error) {
      // The form keeps every value typed; only the message changes.
      notifySaveFailed(t, error);
    }
  });
  useSaveShortcut(() => void save());

  return (
    <Paper withBorder p="lg" maw={920}>
      <form onSubmit={(e) => void save(e)} noValidate aria-label={t('settings.tabs.office')}>
        <Grid>
          {TEXT_FIELDS.map((name) => (
            <Grid.Col key={name} span={name === 'officeName' || name === 'directorTitle' ? 12 : 6}>
              <TextInput
                label={t(`office.fields.${name}`)}
                withAsterisk={['officeName', 'province', 'directorName', 'directorTitle'].includes(name)}
                {...register(name)}
                error={fieldError(t, formState.errors[name]?.message)}
              />
            </Grid.Col>
          ))}
          <Grid.Col span={12}>
            <Textarea
              label={t('office.fields.address')}
              autosize
              minRows={2}
              {...register('address')}
              error={fieldError(t, formState.errors.address?.message)}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="logoBlobId"
              render={({ field }) => <ImagePicker value={field.value} onChange={field.onChange} texts={LOGO_TEXTS} testId="logo-preview" />}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="thaiDigits"
              render={({ field }) => (
                <Switch
                  label={t('office.fields.thaiDigits')}
                  description={t('office.thaiDigitsHelp')}
                  checked={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="idleLockMinutes"
              render={({ field }) => (
                <NumberInput
                  label={t('auth.idle.label')}
                  description={t('auth.idle.hint')}
                  min={1}
                  max={240}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                  error={fieldError(t, formState.errors.idleLockMinutes?.message)}
                />
              )}
            />
          </Grid.Col>
        </Grid>
        <Group justify="space-between" mt="xl">
          <Button
            variant="subtle"
            leftSection={<IconHistory size={18} />}
            onClick={() => setHistoryOpen(true)}
            disabled={!stored}
          >
            {t('history.open')}
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
      <RecordHistory
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        table="officeProfile"
        recordId={stored ? OFFICE_PROFILE_ID : null}
        thisDeviceId={device.deviceId}
        labelPrefix="office.fields"
        fields={{ idleLockMinutes: { label: 'auth.idle.label' }, actingDelegations: { label: 'acting.title' }, retentionYears: { label: 'privacy.retention.title' } }}
        formatValue={(field, value) => {
          if (field === 'logoBlobId') return value ? t('office.logoSet') : t('office.noLogo');
          return undefined;
        }}
        fieldOrder={[...TEXT_FIELDS, 'address', 'logoBlobId', 'thaiDigits', 'idleLockMinutes']}
      />
    </Paper>
  );
}
