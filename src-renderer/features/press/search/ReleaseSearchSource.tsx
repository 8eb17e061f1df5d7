import { useTranslation } from 'react-i18next';
import { formatThaiDateShort } from '../../../../src-main/shared/text/thai-date';
import type { SearchSourceProps } from '../../../ui/feature-manifest';
import { SearchHits } from '../../../ui/SearchHits';
import { useReleaseHits } from '../data';

/** Press releases in the search of the whole app: number, date and status tell them apart. */
export function ReleaseSearchSource({ query, limit, onCount, onOpen }: SearchSourceProps) {
  const { t } = useTranslation();
  const rows = useReleaseHits(query, limit);
  const hits = rows?.map((r) => ({
    id: r.id,
    to: `/press/r/${r.id}`,
    title: r.headline,
    detail: [r.numberLabel || t('press.noNumberYet'), r.releaseDate ? formatThaiDateShort(r.releaseDate) : '', t(`press.status.${r.status}`)].filter(Boolean).join(' · '),
  }));
  return <SearchHits title={t('press.searchHits.title')} hits={hits} testId="search-releases" onCount={onCount} onOpen={onOpen} />;
}
