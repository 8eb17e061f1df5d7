import { NavLink, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

/** One thing found: where it opens, what it is called, and a line that tells it apart. */
export interface SearchHit {
  id: string;
  to: string;
  title: string;
  /** Its kind, number, date…: in Thai digits when the office prefers them. */
  detail?: string;
}

/**
 * One module's hits in the search of the whole app: its heading and a row per hit that opens
 * it. Nothing at all while it has none (undefined: still reading), and it tells the search how
 * many it shows, so the search can say when nothing matched anywhere.
 */
export function SearchHits({ title, hits, testId, onCount, onOpen }: { title: string; hits: readonly SearchHit[] | undefined; testId: string; onCount: (count: number | null) => void; onOpen: () => void }) {
  const navigate = useNavigate();
  const { thaiDigits } = useDisplayPrefs();
  const count = hits === undefined ? null : hits.length;
  useEffect(() => onCount(count), [count, onCount]);
  if (!hits || hits.length === 0) return null;
  return (
    <Stack gap={4} data-testid={testId} role="group" aria-label={title}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {hits.map((hit) => (
        <NavLink
          key={hit.id}
          component="button"
          data-testid="search-hit"
          label={hit.title}
          description={hit.detail && applyDigitStyle(hit.detail, thaiDigits)}
          onClick={() => {
            onOpen();
            void navigate(hit.to);
          }}
        />
      ))}
    </Stack>
  );
}
