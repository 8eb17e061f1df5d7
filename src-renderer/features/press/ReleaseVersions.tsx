import { Box, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from '../../../src-main/shared/text/word-diff';
import type { ReleaseVersionRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';

function versionText(v: ReleaseVersionRecord): string {
  return [v.headline, v.lead, v.body].filter(Boolean).join('\n\n');
}

/** Two saved versions side by side as one text: added words green, removed ones struck out. */
export function ReleaseVersions({ versions }: { versions: ReleaseVersionRecord[] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const last = versions.at(-1);
  const before = versions.find((v) => v.id === picked.from) ?? versions.at(-2);
  const after = versions.find((v) => v.id === picked.to) ?? last;
  const pieces = useMemo(() => (before && after ? diffWords(versionText(before), versionText(after)) : []), [before, after]);
  if (versions.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        {t('press.oneVersion')}
      </Text>
    );
  }
  const options = versions.map((v) => ({ value: v.id, label: t('press.versionLabel', { n: v.versionNo }) }));
  return (
    <Stack gap="sm">
      <Group>
        <Select label={t('press.versionFrom')} data={options} value={before?.id ?? null} onChange={(v) => setPicked((p) => ({ ...p, from: v }))} allowDeselect={false} w={180} />
        <Select label={t('press.versionTo')} data={options} value={after?.id ?? null} onChange={(v) => setPicked((p) => ({ ...p, to: v }))} allowDeselect={false} w={180} />
        {after && (
          <Text size="xs" c="dimmed" mt={22}>
            <ThaiDateText value={after.createdAt} withTime />
          </Text>
        )}
      </Group>
      <Box data-testid="version-diff" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>
        {pieces.map((p, i) =>
          p.kind === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : p.kind === 'added' ? (
            <ins key={i} style={{ background: 'var(--mantine-color-green-1)', textDecoration: 'none' }}>
              {p.text}
            </ins>
          ) : (
            <del key={i} style={{ background: 'var(--mantine-color-red-1)' }}>
              {p.text}
            </del>
          ),
        )}
      </Box>
    </Stack>
  );
}
