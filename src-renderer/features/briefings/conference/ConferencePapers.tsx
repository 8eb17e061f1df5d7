import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PressConference } from '../../../../src-main/shared/domain/press-conference';
import { PdfActionButtons, type PdfAction } from '../../documents';
import { useStatements } from '../data';
import { EditorSection } from '../editor/EditorSection';
import { usePrintAction } from '../editor/use-print-action';
import { attendanceRequest, statementsRequest } from '../model/print-request';

/**
 * The conference's own papers: คำแถลงข่าว (every statement issued, in order) and the
 * รายชื่อผู้เข้าร่วมแถลงข่าว sheet to sign at the door. Like the pack, what is on the page
 * (`current`) is printed, saved or not.
 */
export function ConferencePapers({ conferenceId, current }: { conferenceId: string; current: () => PressConference }) {
  const { t } = useTranslation();
  const statements = useStatements(conferenceId);
  const statementsPdf = usePrintAction();
  const attendancePdf = usePrintAction();
  const fileName = (paper: string) => `${paper} ${current().title}`.slice(0, 140);
  const statementsLabel = t('briefings.conf.statementsPaper');
  const attendanceLabel = t('briefings.conf.attendancePaper');

  const printStatements = (action: PdfAction) =>
    void statementsPdf.print(
      action,
      [],
      async ({ profile, letterhead }) => {
        const head = await letterhead();
        return head && statementsRequest(current(), statements ?? [], head, profile?.thaiDigits ?? false);
      },
      fileName(statementsLabel),
    );
  const printAttendance = (action: PdfAction) => {
    const conference = current();
    void attendancePdf.print(
      action,
      [],
      async ({ profile, letterhead, contactPositions }) => {
        const head = await letterhead();
        return head && attendanceRequest(conference, await contactPositions(conference.invitees.map((i) => i.contactId)), head, profile?.thaiDigits ?? false);
      },
      fileName(attendanceLabel),
    );
  };

  const noStatements = (statements ?? []).length === 0;
  return (
    <EditorSection title={t('briefings.conf.papers')}>
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{statementsLabel}</Text>
        <PdfActionButtons label={statementsLabel} busy={statementsPdf.busy} disabled={noStatements} onRun={printStatements} />
      </Group>
      {noStatements && (
        <Text size="sm" c="dimmed">
          {t('briefings.conf.statementsPaperNone')}
        </Text>
      )}
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{attendanceLabel}</Text>
        <PdfActionButtons label={attendanceLabel} busy={attendancePdf.busy} onRun={printAttendance} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('briefings.conf.attendancePaperHint')}
      </Text>
    </EditorSection>
  );
}
