import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { loadLetterhead } from '../documents/data';
import { useTranslation } from 'react-i18next';
import { PanelHeading } from './PanelHeading';
import { mainProcess } from '../../platform';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { ROPA_SECURITY, ropaRegister } from '../../../src-main/shared/pdpa/ropa';
import { ropaDocumentActivities, type RopaRegisterDocument } from '../../../src-main/shared/pdf/ropa-register';
import { PdfActionButtons, canSignDocuments, useDocumentActions, type DocumentAction } from '../documents';
import { useOfficeProfile } from '../settings/data';
import { usePersonalRecordCounts} from './data';
import { DataTable } from '../../ui/DataTable';

/**
 * ตั้งค่า → ข้อมูลส่วนบุคคล: the office's records of processing (PDPA s.39), made from the
 * personal-data tags of what the app stores and the records it holds today, on screen and as
 * PDF or Excel for the office's files.
 */
export function RopaPanel() {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  const counts = usePersonalRecordCounts();
  const { busy, run: runAction } = useDocumentActions();
  const rows = ropaRegister(counts ?? {});
  const ready = canSignDocuments(profile);

  const run = (action: DocumentAction) => {
    if (!profile) return;
    void runAction(action, {
      make: async (): Promise<RopaRegisterDocument> => {
        const letterhead = await loadLetterhead(profile);
        const contact = [profile.address, profile.phone ? `โทร. ${profile.phone}` : '', profile.email ? `อีเมล ${profile.email}` : ''].filter(Boolean).join(' ');
        return {
          kind: 'ropa-register',
          letterhead,
          preparedOn: bangkokDay(new Date()),
          controllerContact: contact || profile.province,
          activities: ropaDocumentActivities(rows, ROPA_SECURITY),
          signer: { name: profile.directorName, position: profile.directorTitle },
        };
      },
      options: { thaiDigits: profile.thaiDigits },
      fileName: t('privacy.ropa.fileName'),
      saveWorkbook: (register, suggestedFileName) => mainProcess().exportRopaXlsx({ register, suggestedFileName }),
    });
  };

  return (
    <Stack gap="md" data-testid="ropa-panel">
      <PanelHeading title={t('privacy.ropa.title')} help={t('privacy.ropa.help')} />
      {!ready && <Alert color="orange">{t('privacy.ropa.profileNeeded')}</Alert>}
      <Group justify="space-between">
        <Button variant="default" loading={busy === 'xlsx'} disabled={!ready || busy !== null} onClick={() => run('xlsx')}>
          {t('privacy.ropa.excel')}
        </Button>
        <PdfActionButtons busy={busy === 'xlsx' ? null : busy} disabled={!ready || busy !== null} onRun={run} />
      </Group>
      {/* The stored column is wide enough that a table's Thai name never breaks inside a word. */}
      <DataTable striped testId="ropa-table" framed headings={[{ label: t('privacy.ropa.activity'), style: { minWidth: 150 } }, t('privacy.ropa.categories'), t('privacy.ropa.basis'), t('privacy.ropa.retention'), { label: t('privacy.ropa.stored'), style: { minWidth: 250 } }]}>
        {rows.map((row) => (
          <Table.Tr key={row.activity.id} data-testid="ropa-row">
            <Table.Td>
              <Text fw={600}>{row.activity.title}</Text>
              <Text size="sm" c="dimmed">
                {row.subjectLabel}
              </Text>
            </Table.Td>
            <Table.Td>{row.categories.join(', ')}</Table.Td>
            <Table.Td>{row.activity.lawfulBasis}</Table.Td>
            <Table.Td>{row.activity.retention}</Table.Td>
            <Table.Td>
              {row.stored.map((s) => (
                <Text key={s.table} size="sm">
                  {s.label}
                  {/* The count stays on one line with its unit. */}
                  {s.records !== null && <span style={{ whiteSpace: 'nowrap' }}>{` (${t('privacy.ropa.records', { count: s.records })})`}</span>}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
