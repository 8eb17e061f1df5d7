import { Alert, List, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findMentions, personNames, personRecords, type Mention, type PrDeskDb } from '../../data';

/**
 * Other records whose text names this person (data/mentions.ts): an erasure does not change
 * them and an access export does not list them, so the dialog says where they are, for someone
 * to read and edit by hand. Takes `db` as a prop: it is shown inside confirm dialogs too.
 */
export function MentionsNotice({ db, table, recordId }: { db: PrDeskDb; table: string; recordId: string }) {
  const { t } = useTranslation();
  const [found, setFound] = useState<{ mentions: Mention[]; more: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const names = personNames(table, await db.table<Record<string, unknown>, string>(table).get(recordId));
      const own = await personRecords(db, table, recordId);
      const result = await findMentions(db, names, new Set(own.map((r) => `${r.table}\u0000${r.recordId}`)), 20);
      if (live) setFound(result);
    })().catch(() => live && setFound({ mentions: [], more: false }));
    return () => {
      live = false;
    };
  }, [db, table, recordId]);

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
