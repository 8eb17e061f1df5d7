import {
  IconBriefcase,
  IconChartBar,
  IconLayoutDashboard,
  IconMessageReport,
  IconMicrophone,
  IconNews,
  IconRefresh,
  IconSchool,
  IconSettings,
  IconShieldLock,
} from '@tabler/icons-react';

/** The sidebar, in the order office staff think of their work (issue 2 §5). */
export const NAV_ITEMS = [
  { to: '/', key: 'dashboard', icon: IconLayoutDashboard },
  { to: '/missions', key: 'missions', icon: IconBriefcase },
  { to: '/press', key: 'press', icon: IconNews },
  { to: '/briefings', key: 'briefings', icon: IconMicrophone },
  { to: '/internships', key: 'internships', icon: IconSchool },
  { to: '/surveys', key: 'surveys', icon: IconChartBar },
  { to: '/complaints', key: 'complaints', icon: IconMessageReport },
  { to: '/privacy', key: 'privacy', icon: IconShieldLock },
  { to: '/sync', key: 'sync', icon: IconRefresh },
  { to: '/settings', key: 'settings', icon: IconSettings },
] as const;
