import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconLink, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ThaiDateText } from '../../../ui/ThaiDateText';
import { useLinkedReleases, useReleaseChoices } from '../data';

const MAX_LINKS = 30;

/**
 * ข่าวประชาสัมพันธ์ที่เกี่ยวข้อง: links to press releases, found by Thai words or number, each
 * shown with its number and headline and a link to the release page. Lines typed before
 * releases could be linked stay readable (and editable) below.
 */
export function RelatedReleasesField({
  ids,
  legacy,
  onChange,
  onLegacyChange,
}: {
  ids: readonly string[];
  legacy: readonly string[];
  onChange: (ids: string[]) => void;
  onLegacyChange: (lines: string[]) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const linked = useLinkedReleases(ids);
  const found = useReleaseChoices(query);
  const choices = found.filter((r) => !ids.includes(r.id));
  const missing = ids.length - linked.length;

  return (
    <Stack gap={6}>
      <Text fw={600}>{t('briefings.fields.relatedReleases')}</Text>
      {linked.length === 0 && <Text size="sm" c="dimmed">{t('briefings.releases.none')}</Text>}
      {linked.map((r) => (
        <Group key={r.id} justify="space-between" wrap="nowrap" data-testid="linked-release">
          <Text size="sm">
            <Text span fw={600}>{r.numberLabel || t('briefings.releases.unnumbered')}</Text> {r.headline}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Anchor component={Link} to={`/press/r/${r.id}`} size="sm">
              {t('briefings.releases.open')}
            </Anchor>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => onChange(ids.filter((id) => id !== r.id))} aria-label={t('briefings.releases.unlinkNamed', { name: r.headline })}>
              {t('briefings.releases.unlink')}
            </Button>
          </Group>
        </Group>
      ))}
      {missing > 0 && <Text size="xs" c="dimmed">{t('briefings.releases.missing', { count: missing })}</Text>}
      <Paper withBorder p="xs">
        <TextInput
          label={t('briefings.releases.search')}
          description={t('briefings.releases.searchHint')}
          leftSection={<IconSearch size={14} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Stack gap={2} mt={6}>
          {choices.length === 0 && <Text size="sm" c="dimmed">{t('briefings.releases.noMatch')}</Text>}
          {choices.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" data-testid="release-choice">
              <Text size="sm">
                <Text span fw={600}>{r.numberLabel || t('briefings.releases.unnumbered')}</Text> {r.headline}{' '}
                <Text span size="xs" c="dimmed">
                  (<ThaiDateText value={r.releaseDate} />)
                </Text>
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconLink size={12} />}
                disabled={ids.length >= MAX_LINKS}
                onClick={() => onChange([...ids, r.id])}
                aria-label={t('briefings.releases.linkNamed', { name: r.headline })}
              >
                {t('briefings.releases.link')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Paper>
      {legacy.length > 0 && (
        <Textarea
          label={t('briefings.releases.legacy')}
          description={t('briefings.releases.legacyHint')}
          autosize
          minRows={2}
          value={legacy.join('\n')}
          onChange={(e) => onLegacyChange(e.currentTarget.value.split('\n'))}
        />
      )}
    </Stack>
  );
}

/** The two fields an editor page keeps its release links in. */
interface WithReleaseLinks extends FieldValues {
  relatedReleaseIds: string[];
  relatedReleases: string[];
}

/** `RelatedReleasesField` bound to an editor page's form (a briefing, a conference). */
export function RelatedReleasesFormField<T extends WithReleaseLinks>({ control }: { control: Control<T> }) {
  const ids = useController({ control, name: 'relatedReleaseIds' as Path<T> });
  const legacy = useController({ control, name: 'relatedReleases' as Path<T> });
  return <RelatedReleasesField ids={ids.field.value as string[]} legacy={legacy.field.value as string[]} onChange={ids.field.onChange} onLegacyChange={legacy.field.onChange} />;
}
