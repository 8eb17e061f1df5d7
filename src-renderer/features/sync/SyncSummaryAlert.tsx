import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { reloadWithNotice } from '../../platform';
import { useFormatNumber } from '../../ui/use-format-number';
import { ClockWarning } from './ClockWarning';
import { NotPermittedReport } from './NotPermittedReport';
import { QuarantineReport } from './QuarantineReport';
import type { SyncSummary } from './data';

/** ผลการซิงค์: what the last sync sent and received, and what it left waiting or set aside. */
export function SyncSummaryAlert({ summary }: { summary: SyncSummary }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const attention = summary.conflicts > 0 || summary.quarantined.length > 0 || summary.notPermitted.total > 0 || summary.clock !== null;
  return (
    <Alert color={attention ? 'yellow' : 'teal'} title={t('syncPage.resultTitle')} data-testid="sync-summary">
      <Stack gap="md">
        <List size="sm">
          <List.Item>{t('syncPage.sent', { n: formatNumber(summary.sent) })}</List.Item>
          <List.Item>{t('syncPage.received', { n: formatNumber(summary.received) })}</List.Item>
          <List.Item>{t('syncPage.conflicts', { n: formatNumber(summary.conflicts) })}</List.Item>
          {summary.waiting.length > 0 && <List.Item>{t('syncPage.waiting', { n: formatNumber(summary.waiting.length) })}</List.Item>}
          {summary.quarantined.length > 0 && <List.Item>{t('syncPage.quarantined', { n: formatNumber(summary.quarantined.length) })}</List.Item>}
          {summary.held > 0 && <List.Item>{t('syncPage.held', { n: formatNumber(summary.held) })}</List.Item>}
          {summary.notPermitted.total > 0 && <List.Item>{t('syncPage.notPermitted', { n: formatNumber(summary.notPermitted.total) })}</List.Item>}
          {summary.missingTotal > 0 && <List.Item>{t('syncPage.missingFiles', { n: formatNumber(summary.missingTotal) })}</List.Item>}
          {summary.repaired > 0 && <List.Item data-testid="sync-repaired">{t('syncPage.repaired', { n: formatNumber(summary.repaired) })}</List.Item>}
          {summary.unrepairable > 0 && <List.Item>{t('syncPage.unrepairable', { n: formatNumber(summary.unrepairable) })}</List.Item>}
        </List>
        {summary.erasedRecords > 0 && (
          <Stack gap={6} data-testid="sync-erased">
            <Text size="sm" fw={600}>
              {t('syncPage.erasedHere', { n: formatNumber(summary.erasedRecords) })}
            </Text>
            <Text size="sm">{t('syncPage.rebuildHelp')}</Text>
            <Button size="xs" variant="light" w="fit-content" onClick={() => reloadWithNotice(t('syncPage.rebuilt'))}>
              {t('syncPage.rebuildNow')}
            </Button>
          </Stack>
        )}
        <ClockWarning report={summary.clock} />
        <QuarantineReport entries={summary.quarantined} />
        <NotPermittedReport report={summary.notPermitted} />
      </Stack>
    </Alert>
  );
}
