import { useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useShellContributions } from '../../ui/feature-manifest';
import { lazyContribution } from '../../ui/LazyContributions';
import { TabbedPage } from '../../ui/TabbedPage';

/**
 * ตั้งค่า: the office profile, staff, this workstation — what every other module relies on —
 * and the tabs other modules add through their manifests (the press office's number format).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settingsTabs } = useShellContributions();
  const { tabs, panels, labels } = useMemo(() => {
    const panels: Record<string, ComponentType> = {};
    const labels: Record<string, string> = {};
    for (const tab of settingsTabs) {
      panels[tab.id] = lazyContribution(tab);
      labels[tab.id] = tab.labelKey;
    }
    return { tabs: settingsTabs.map((tab) => tab.id), panels, labels };
  }, [settingsTabs]);
  const [first, ...rest] = tabs;
  if (first === undefined) return null;
  return <TabbedPage base="/settings" title={t('nav.settings')} subtitle={t('settings.subtitle')} tabs={[first, ...rest]} panels={panels} labelKey={(tab) => labels[tab] ?? tab} />;
}
