import { Button, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchSource, SearchSourceProps } from '../../ui/feature-manifest';

/** Hits per module: enough to pick from; the module's own list has the rest. */
const HITS_PER_SOURCE = 5;

/** Each module's part, loaded the first time the search opens (not before the first paint). */
const loaded = new Map<string, ComponentType<SearchSourceProps>>();
function sourceComponent(source: SearchSource): ComponentType<SearchSourceProps> {
  let component = loaded.get(source.id);
  if (!component) {
    component = lazy(() => source.load().then((c) => ({ default: c })));
    loaded.set(source.id, component);
  }
  return component;
}

/**
 * ค้นหาทั้งโปรแกรม: one box that finds releases, briefings, tasks… wherever they live. Each module
 * answers through its own data hooks (the manifests' `searchSources`), so an intern finds only
 * what they may see. Opened from the menu, or with Ctrl+K on a page without a search box of its own.
 */
export function GlobalSearch({ sources, opened, onOpen, onClose }: { sources: readonly SearchSource[]; opened: boolean; onOpen: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="default" justify="space-between" fullWidth leftSection={<IconSearch size={16} />} rightSection={<Kbd size="xs" style={{ whiteSpace: 'nowrap' }}>Ctrl+K</Kbd>} onClick={onOpen} mb="xs" data-testid="sidebar-search">
        {t('shell.search.open')}
      </Button>
      <Modal opened={opened} onClose={onClose} title={t('shell.search.title')} size="lg" yOffset="8vh">
        {opened && <SearchPanel sources={sources} onClose={onClose} />}
      </Modal>
    </>
  );
}

function SearchPanel({ sources: searchSources, onClose }: { sources: readonly SearchSource[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  // The box follows every key at once; the modules' answers follow as soon as React can.
  const query = useDeferredValue(typed.trim());
  const [counts, setCounts] = useState<Record<string, number | null>>({});
  const reporters = useMemo(
    () => Object.fromEntries(searchSources.map((s) => [s.id, (count: number | null) => setCounts((c) => (c[s.id] === count ? c : { ...c, [s.id]: count }))])),
    [searchSources],
  );
  const noop = useCallback(() => undefined, []);
  // "Nothing found" only once every module has answered, never while one is still reading.
  const nothing = searchSources.every((s) => counts[s.id] === 0);
  return (
    <Stack gap="md">
      <TextInput
        data-autofocus
        aria-label={t('shell.search.title')}
        placeholder={t('shell.search.placeholder')}
        leftSection={<IconSearch size={16} />}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
      />
      {query === '' ? (
        <Text size="sm" c="dimmed">
          {t('shell.search.hint')}
        </Text>
      ) : (
        <Suspense fallback={null}>
          <Stack gap="md" data-testid="search-results">
            {searchSources.map((source) => {
              const Source = sourceComponent(source);
              return <Source key={source.id} query={query} limit={HITS_PER_SOURCE} onCount={reporters[source.id] ?? noop} onOpen={onClose} />;
            })}
          </Stack>
          {nothing && (
            <Text size="sm" c="dimmed" data-testid="search-nothing">
              {t('shell.search.nothing', { query })}
            </Text>
          )}
        </Suspense>
      )}
    </Stack>
  );
}
