import { Anchor, AppShell, Button, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useAutomaticBackup } from '../../data';
import { useOfficeProfile } from '../../features/settings/data';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import { DisplayPrefsContext } from '../../ui/display-prefs';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useAppData } from '../../session/app-data';
import { NAV_ITEMS, SHELL_CONTRIBUTIONS } from '../features';
import { ShellContributionsContext } from '../../ui/feature-manifest';
import { setTextDigits } from '../../i18n';
import { GlobalSearch } from './GlobalSearch';
import { SyncStatus } from './SyncStatus';
import { UnreadableRecordsNotice } from './UnreadableRecordsNotice';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useNoticeAfterReload } from './use-notice-after-reload';

export function AppLayout() {
  const { t } = useTranslation();
  const { currentStaff, session } = useAppData();
  const location = useLocation();
  const profile = useOfficeProfile();
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useGlobalShortcuts(openSearch);
  useAutomaticBackup();
  useNoticeAfterReload();

  const thaiDigits = profile?.thaiDigits ?? false;
  // Numbers put into texts follow the office's digits too (i18n/index.ts).
  useEffect(() => setTextDigits(thaiDigits), [thaiDigits]);

  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));

  return (
    <DisplayPrefsContext.Provider value={{ thaiDigits }}>
    <AppShell header={{ height: 64 }} navbar={{ width: 232, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={3} c="indigo.8">
              PR Desk
            </Title>
            <Text size="sm" c="dimmed" truncate maw={420} data-testid="header-office-name">
              {profile?.officeName || t('shell.noOfficeName')}
            </Text>
          </Group>
          <Group gap="lg" wrap="nowrap">
            <Anchor component={RouterNavLink} to="/settings/user" size="sm" data-testid="header-current-user">
              {currentStaff ? t('shell.currentUser', { name: staffDisplayName(currentStaff) }) : t('shell.noCurrentUser')}
            </Anchor>
            <Button size="compact-sm" variant="default" onClick={() => void session.lock()}>
              {t('auth.header.lock')}
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={() => void session.signOut()}>
              {t('auth.header.signOut')}
            </Button>
            <Text size="sm" c="dimmed">
              <ThaiDateText value={new Date()} format="long" />
            </Text>
            <SyncStatus />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <GlobalSearch sources={SHELL_CONTRIBUTIONS.searchSources} opened={searching} onOpen={openSearch} onClose={() => setSearching(false)} />
        <ScrollArea>
          <div data-testid="sidebar">
            {NAV_ITEMS.map(({ to, key, icon: Icon }) => (
              <NavLink
                key={key}
                component={RouterNavLink}
                to={to}
                label={t(`nav.${key}`)}
                leftSection={<Icon size={20} stroke={1.6} />}
                active={isActive(to)}
                styles={{ label: { fontSize: 16 } }}
              />
            ))}
          </div>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <UnreadableRecordsNotice />
        <ShellContributionsContext.Provider value={SHELL_CONTRIBUTIONS}>
          <Outlet />
        </ShellContributionsContext.Provider>
      </AppShell.Main>
    </AppShell>
    </DisplayPrefsContext.Provider>
  );
}
