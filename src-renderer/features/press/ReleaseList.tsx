import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRecord } from '../../data';
import type { ReleaseRow as ReleaseRowData } from './data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { VirtualRowList } from '../../ui/VirtualRowList';
import { ReleaseStatusBadge } from './release-badges';

const ROW_HEIGHT = 64;

// Plain elements with fixed style objects: a search answer re-renders the visible rows, and
// these cost a fraction of Mantine's Group/Stack/Text (the press bench's keystroke-to-rows).
const ROW: CSSProperties = { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 'var(--mantine-spacing-md)' };
const TEXTS: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: 1 };
const TRUNCATE: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const HEADLINE: CSSProperties = { ...TRUNCATE, fontWeight: 600, fontSize: 'var(--mantine-font-size-md)' };
const DETAIL: CSSProperties = { ...TRUNCATE, fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' };
const DATE: CSSProperties = { whiteSpace: 'nowrap', fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-dimmed)' };

/** One release's row; the same release (same id and save) is not rendered again. */
const ReleaseRow = memo(function ReleaseRow({ release, agency }: { release: ReleaseRowData; agency: AgencyRecord | undefined }) {
  const { t } = useTranslation();
  return (
    <div style={ROW}>
      <div style={TEXTS}>
        <div style={HEADLINE}>{release.headline}</div>
        <div style={DETAIL}>
          {release.numberLabel || t('press.noNumberYet')} · {agency?.name ?? t('press.noAgency')}
        </div>
      </div>
      <div style={DATE}>
        <ThaiDateText value={release.releaseDate} />
      </div>
      <ReleaseStatusBadge status={release.status} />
    </div>
  );
}, sameRelease);

function sameRelease(a: { release: ReleaseRowData; agency: AgencyRecord | undefined }, b: { release: ReleaseRowData; agency: AgencyRecord | undefined }): boolean {
  return a.release.id === b.release.id && a.release.updatedAt === b.release.updatedAt && a.agency === b.agency;
}

/**
 * The release list, virtualized: 20,000 releases keep only the visible rows in the DOM. Memoized
 * so a keystroke in the search box re-renders only the box, not the rows (they change when the
 * results do).
 */
export const ReleaseList = memo(function ReleaseList({ releases, agencies, onOpen }: { releases: ReleaseRowData[]; agencies: Map<string, AgencyRecord>; onOpen: (release: ReleaseRowData) => void }) {
  const { t } = useTranslation();
  return (
    <VirtualRowList
      items={releases}
      rowHeight={ROW_HEIGHT}
      heightOffset={330}
      testId="release-list"
      label={t('press.listLabel')}
      rowKey={(release) => release.id}
      rowLabel={(release) => release.headline}
      rowTestId="release-row"
      onOpen={onOpen}
    >
      {(release) => <ReleaseRow release={release} agency={release.agencyId ? agencies.get(release.agencyId) : undefined} />}
    </VirtualRowList>
  );
});
