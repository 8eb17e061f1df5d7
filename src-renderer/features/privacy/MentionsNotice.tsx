import { Alert, List, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentionsFound, MentionsSearch } from './data';

/**
 * Other records whose text names this person (data/mentions.ts): an erasure does not change
 * them and an access export does not list them, so the dialog says where they are, for someone
 * to read and edit by hand. Takes the search as a prop (useMentionsSearch): it is shown inside
 * confirm dialogs too, which render outside the database's provider.
 */
export function MentionsNotice({ search, table, recordId }: { search: MentionsSearch; table: string; recordId: string }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<MentionsFound | null>(null);
  useEffect(() => {
    let live = true;
    void search(table, recordId, 20)
      .then((result) => live && setFound(result))
      .catch(() => live && setFound({ mentions: [], more: false }));
    return () => {
      live = false;
    };
  }, [search, table, recordId]);

  if (!found) return <Loader size="xs" aria-label={t('privacy.mentions.searching')} />;
  if (found.mentions.length === 0) return null;
  return (
    <Alert color="yellow" p="xs" data-testid="privacy-mentions" title={t('privacy.mentions.title', { count: found.mentions.length, more: found.more ? '+' : '' })}>
      <Text size="sm">{t('privacy.mentions.help')}</Text>
      <List size="sm" spacing={2} mt={4}>
        {found.mentions.map((m) => (
          <List.Item key={`${m.table}:${m.recordId}`}>
            <Text span fw={600} size="sm">
              {t(`backup.tables.${m.table}`, { defaultValue: m.table })}
            </Text>
            : {m.excerpt}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
