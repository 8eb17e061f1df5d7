import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../src-main/shared/domain/briefing';
import { diffWords } from '../../../../src-main/shared/text/word-diff';
import { ThaiDateText } from '../../../ui/ThaiDateText';
import { useBriefingVersions } from '../data';

/** The text that changes meaning between versions: what the director will say. */
function spokenText(b: Briefing): string {
  return [b.coreMessage, ...b.keyMessages.map((m) => [m.text, ...m.proofPoints].join('\n')), ...b.qas.map((q) => `${q.question}\n${q.answer}`)].join('\n\n');
}

function Diff({ before, after }: { before: string; after: string }) {
  return (
    <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="version-diff">
      {diffWords(before, after).map((piece, i) =>
        piece.kind === 'same' ? (
          <span key={i}>{piece.text}</span>
        ) : piece.kind === 'added' ? (
          <ins key={i} style={{ background: '#d3f9d8' }}>
            {piece.text}
          </ins>
        ) : (
          <del key={i} style={{ background: '#ffe3e3' }}>
            {piece.text}
          </del>
        ),
      )}
    </Text>
  );
}

/**
 * Earlier versions (frozen when a new version began) and a word-level diff against the current
 * one: what is on the page now, saved or not, read when the comparison opens.
 */
export function VersionHistory({ briefingId, current }: { briefingId: string; current: () => Briefing }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ before: Briefing; after: Briefing } | null>(null);
  const versions = useBriefingVersions(briefingId);
  if (!versions || versions.length === 0) return <Text c="dimmed">{t('briefings.versions.none')}</Text>;
  return (
    <>
      <Table>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{t('briefings.versions.label', { n: v.version })}</Table.Td>
              <Table.Td>{t(`briefings.status.${v.snapshot.status}`)}</Table.Td>
              <Table.Td>{v.snapshot.approvedBy}</Table.Td>
              <Table.Td>
                <ThaiDateText value={v.createdAt.slice(0, 10)} format="short" />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => setOpen({ before: v.snapshot, after: current() })}>
                  {t('briefings.versions.compare', { n: v.version })}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={open !== null} onClose={() => setOpen(null)} size="xl" title={open ? t('briefings.versions.diffTitle', { from: open.before.version, to: open.after.version }) : ''}>
        {open && (
          <Stack>
            <Group gap="md">
              <Text size="sm">
                <ins style={{ background: '#d3f9d8' }}>{t('briefings.versions.added')}</ins>
              </Text>
              <Text size="sm">
                <del style={{ background: '#ffe3e3' }}>{t('briefings.versions.removed')}</del>
              </Text>
            </Group>
            <Diff before={spokenText(open.before)} after={spokenText(open.after)} />
          </Stack>
        )}
      </Modal>
    </>
  );
}
