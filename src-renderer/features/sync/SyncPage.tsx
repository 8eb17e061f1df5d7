import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { BackupsPanel } from './BackupsPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { SyncPanel } from './SyncPanel';
import { WorkspaceAdminPanel } from './WorkspaceAdminPanel';

/** ซิงค์ข้อมูล: exchange changes with the other workstations, review conflicts, keep backups, administer the workspace. */
export function SyncPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.sync')} subtitle={t('modules.sync.subtitle')} />
      <Stack gap="lg">
        <SyncPanel />
        <ConflictsPanel />
        <BackupsPanel />
        <WorkspaceAdminPanel />
      </Stack>
    </>
  );
}
