import { Alert, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../app/data-context';

/** "ผู้ใช้งานเครื่องนี้": whoever is at this workstation; every change is recorded under their name. */
export function CurrentUserPanel() {
  const { t } = useTranslation();
  const { db, currentStaff, setCurrentStaffId } = useAppData();
  const staff = useLiveQuery(async () => (await db.staff.toArray()).filter((s) => !s.deleted && s.active), [db]);

  return (
    <Paper withBorder p="lg" maw={640}>
      <Stack>
        <Text>{t('currentUser.explain')}</Text>
        {staff && staff.length === 0 && (
          <Alert color="yellow">
            {t('currentUser.noStaff')} <Link to="/settings/staff">{t('settings.tabs.staff')}</Link>
          </Alert>
        )}
        <Select
          label={t('currentUser.label')}
          placeholder={t('currentUser.placeholder')}
          data={(staff ?? []).map((s) => ({ value: s.id, label: `${staffDisplayName(s)} — ${s.position || t(`roles.${s.role}`)}` }))}
          value={currentStaff?.id ?? null}
          onChange={(id) => {
            void setCurrentStaffId(id).then(() => notifications.show({ color: 'teal', message: t('currentUser.changed') }));
          }}
          searchable
          clearable
          nothingFoundMessage={t('currentUser.nothingFound')}
        />
      </Stack>
    </Paper>
  );
}
