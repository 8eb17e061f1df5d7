import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyRecord } from '../../data';
import { decodeCsvBytes, parseResponsesCsv, type ImportProblem } from './model/response-csv';
import { useSurveyCommands } from './data';

/**
 * Import of responses from a raw-code CSV: every row is checked first; if any is wrong nothing
 * is imported and each problem is listed (row, column, what is wrong). Good files go in one
 * Dexie transaction, so an interrupted import leaves nothing half-done.
 */
export function ImportCsvButton({ survey }: { survey: SurveyRecord }) {
  const { t } = useTranslation();
  const { importResponses, responsesOf } = useSurveyCommands();
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File | null) {
    if (!file || busy) return;
    setBusy(true);
    setImported(null);
    try {
      const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        setProblems([decoded.problem]);
        return;
      }
      const existing = new Set((await responsesOf(survey.id)).map((r) => r.serial).filter(Boolean));
      const result = parseResponsesCsv(survey, decoded.text, existing);
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      await importResponses(survey, result.rows);
      setProblems(null);
      setImported(result.rows.length);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs" align="flex-start">
      <FileButton accept=".csv,text/csv" onChange={(file) => void importFile(file)}>
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconFileImport size={18} />} loading={busy}>
            {t('surveys.import.button')}
          </Button>
        )}
      </FileButton>
      {imported !== null && <Text c="teal">{t('surveys.import.done', { n: imported })}</Text>}
      {problems && (
        <Alert color="red" title={t('surveys.import.rejected')} data-testid="import-problems">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={`${p.row}-${p.column}-${p.message}`}>
                {p.row > 0 ? t('surveys.import.row', { row: p.row }) : ''}
                {p.column ? ` ${t('surveys.import.column', { column: p.column })}` : ''}
                {p.row > 0 || p.column ? ': ' : ''}
                {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
