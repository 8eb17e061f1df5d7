import { useTranslation } from 'react-i18next';
import { containsEveryWord } from '../../../../src-main/shared/text/thai-words';
import { formatThaiDateShort, formatThaiDateTimeShort } from '../../../../src-main/shared/text/thai-date';
import type { SearchSourceProps } from '../../../ui/feature-manifest';
import { SearchHits, type SearchHit } from '../../../ui/SearchHits';
import { useBriefings, useConferences } from '../data';

/**
 * Briefings (by title, occasion, core message or situation) and press conferences (by title or
 * venue) in the search of the whole app, newest first; an office has a few hundred a year.
 */
export function BriefingSearchSource({ query, limit, onCount, onOpen }: SearchSourceProps) {
  const { t } = useTranslation();
  const briefings = useBriefings();
  const conferences = useConferences();
  let hits: SearchHit[] | undefined;
  if (briefings && conferences) {
    const briefingHits = briefings
      .filter((b) => containsEveryWord(`${b.title} ${b.occasion} ${b.coreMessage} ${b.situation}`, query))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((b) => ({
        id: b.id,
        to: `/briefings/${b.id}`,
        title: b.title || t('briefings.untitled'),
        detail: [t('briefings.searchHits.briefing'), b.date ? formatThaiDateShort(b.date) : '', t('briefings.versions.label', { n: b.version }), t(`briefings.status.${b.status}`)].filter(Boolean).join(' · '),
      }));
    const conferenceHits = conferences
      .filter((c) => containsEveryWord(`${c.title} ${c.venue}`, query))
      .map((c) => ({ id: c.id, to: `/briefings/conferences/${c.id}`, title: c.title, detail: [t('briefings.searchHits.conference'), formatThaiDateTimeShort(c.startsAt), c.venue].filter(Boolean).join(' · ') }));
    hits = [...briefingHits, ...conferenceHits].slice(0, limit);
  }
  return <SearchHits title={t('briefings.searchHits.title')} hits={hits} testId="search-briefings" onCount={onCount} onOpen={onOpen} />;
}
