import { Tabs } from '@mantine/core';
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from './PageHeader';
import { PageLoading } from './PageLoading';

/**
 * A page of tabs named by its address (`<base>/<tab>`, so a reload keeps the tab), each showing one
 * panel, mounted only while shown (a lazy panel loads behind PageLoading); an unknown tab goes to
 * the first. `labelKey` names each tab's translation key.
 */
export function TabbedPage<T extends string>({
  base,
  title,
  subtitle,
  tabs,
  panels,
  labelKey,
}: {
  base: string;
  title: string;
  subtitle: string;
  tabs: readonly [T, ...T[]];
  panels: Record<T, ComponentType>;
  labelKey: (tab: T) => string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const first = tabs[0];
  if (!tabs.includes(tab as T)) return <Navigate to={`${base}/${first}`} replace />;
  const Panel: ComponentType = panels[tab as T];
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} />
      <Tabs value={tab ?? first} onChange={(next) => void navigate(`${base}/${next ?? first}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(labelKey(key))}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab ?? first}>
          <Suspense fallback={<PageLoading />}>
            <Panel />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
