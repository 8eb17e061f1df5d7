import { useActingForDirector } from '../../settings/data';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import { canStartNewVersion, nextBriefingStatus } from '../../../../src-main/shared/domain/briefing-workflow';
import { formatThaiDateShort, formatThaiTime } from '../../../../src-main/shared/text/thai-date';
import { BriefingStatusBadge } from '../status-badge';
import { ALLOWED, canApprove } from '../../../../src-main/shared/auth/permissions';
import { useAppData } from '../../../session/app-data';
import { permissionText } from '../../../ui/permission-text';

const when = (iso: string) => (iso ? `${formatThaiDateShort(iso.slice(0, 10))} ${formatThaiTime(new Date(iso))}` : '');

/** ร่าง → ตรวจทาน → อนุมัติ → ใช้แล้ว, with who moved it and when. */
export function StatusActions({
  briefing,
  authorId,
  busy,
  onAdvance,
  onNewVersion,
}: {
  briefing: Briefing;
  authorId: string | undefined;
  busy: boolean;
  onAdvance: () => void;
  onNewVersion: () => void;
}) {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const next = nextBriefingStatus(briefing.status);
  // The data layer's own rule, asked first so the button can say why it is off.
  const actingForDirector = useActingForDirector();
  const approval = next === 'approved' ? canApprove(acting, 'briefing.approve', authorId, actingForDirector) : ALLOWED;
  return (
    <Group gap="sm" align="center">
      <BriefingStatusBadge status={briefing.status} />
      <Text size="sm">{t('briefings.versions.label', { n: briefing.version })}</Text>
      {briefing.reviewedBy && (
        <Text size="sm" c="dimmed" data-testid="reviewed-by">
          {t('briefings.reviewedBy', { name: briefing.reviewedBy, when: when(briefing.reviewedAt) })}
        </Text>
      )}
      {briefing.approvedBy && (
        <Text size="sm" c="teal.8" data-testid="approved-by">
          {t('briefings.approvedBy', { name: briefing.approvedBy, when: when(briefing.approvedAt) })}
        </Text>
      )}
      {next && (
        <Button size="sm" color={next === 'approved' ? 'teal' : 'blue'} loading={busy} disabled={!approval.allowed} onClick={onAdvance}>
          {t(`briefings.advance.${next}`)}
        </Button>
      )}
      {!approval.allowed && (
        <Text size="sm" c="orange" data-testid="approve-refused">
          {permissionText(t, approval)}
        </Text>
      )}
      {canStartNewVersion(briefing.status) && (
        <Button size="sm" variant="light" disabled={busy} onClick={onNewVersion}>
          {t('briefings.newVersion')}
        </Button>
      )}
    </Group>
  );
}
