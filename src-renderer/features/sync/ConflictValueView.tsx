import { Box, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiDateShort, formatThaiTime } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from '../../ui/display-prefs';
import { sizeInKb } from '../../ui/attachment-files';
import { useFormatNumber } from '../../ui/use-format-number';
import { optionLabelKey } from './conflict-options';
import { formatConflictValue, type ValueWords } from './conflict-value';
import { diffLines } from './line-diff';

/** Where a value comes from, so choices and references can be named as the form names them. */
export interface ValueSource {
  table: string;
  field: string;
  /** Id → name of the records the conflicting values refer to (data/reference-names.ts). */
  names: ReadonlyMap<string, string>;
}

/** Yes/no, พ.ศ. dates, Thai options and referenced names in the user's language and digit style, for formatConflictValue. */
function useValueWords({ table, field, names }: ValueSource): ValueWords {
  const { t, i18n } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const formatNumber = useFormatNumber();
  return useMemo(
    () => ({
      yes: t('common.yes'),
      no: t('common.no'),
      date: (iso) => applyDigitStyle(formatThaiDateShort(iso), thaiDigits),
      dateTime: (iso) => {
        const at = new Date(iso);
        return applyDigitStyle(`${formatThaiDateShort(at)} ${formatThaiTime(at)}`, thaiDigits);
      },
      reference: (id) => names.get(id),
      option: (value) => {
        const key = optionLabelKey(table, field, value, (k) => i18n.exists(k));
        return key ? t(key) : undefined;
      },
      fileSize: (bytes) => `${formatNumber(sizeInKb(bytes))} KB`,
    }),
    [t, i18n, thaiDigits, formatNumber, table, field, names],
  );
}

/** Both sides are texts and at least one has several lines: worth a line-by-line comparison. */
function isMultiLinePair(a: unknown, b: unknown): a is string {
  return typeof a === 'string' && typeof b === 'string' && a !== b && (a.includes('\n') || b.includes('\n'));
}

/**
 * One side of a conflicting field, shown as the form shows it. For multi-line texts each side
 * marks the lines the other side lacks (− on this workstation's side, + on the other's), so a
 * reviewer sees at a glance which paragraphs differ.
 */
export function ConflictValueView({ value, other, side, testId, source }: { value: unknown; other: unknown; side: 'current' | 'other'; testId: string; source: ValueSource }) {
  const { t } = useTranslation();
  const words = useValueWords(source);

  if (isMultiLinePair(value, other)) {
    const [current, incoming] = side === 'current' ? [value, other as string] : [other as string, value];
    const marked = side === 'current' ? 'removed' : 'added';
    const lines = diffLines(current, incoming).filter((line) => line.kind === 'same' || line.kind === marked);
    return (
      <Box data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
        {lines.map((line, i) => (
          <Text
            key={i}
            size="sm"
            data-diff={line.kind}
            title={line.kind === 'same' ? undefined : t(line.kind === 'added' ? 'syncPage.conflict.lineAdded' : 'syncPage.conflict.lineRemoved')}
            bg={line.kind === 'added' ? 'green.1' : line.kind === 'removed' ? 'red.1' : undefined}
            style={{ whiteSpace: 'pre-wrap', paddingInlineStart: 4 }}
          >
            {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : ''}
            {line.text || '\u00a0'}
          </Text>
        ))}
      </Box>
    );
  }

  const shown = formatConflictValue(value, words);
  if (shown.kind === 'list') {
    return (
      <List size="sm" data-testid={testId}>
        {shown.items.map((item, i) => (
          <List.Item key={i}>{item}</List.Item>
        ))}
      </List>
    );
  }
  return (
    <Text size="sm" data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
      {shown.kind === 'text' ? shown.text : '—'}
    </Text>
  );
}
