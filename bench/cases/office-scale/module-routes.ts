/** Every module's main screen and what shows once it has drawn (for visiting them in turn). */
export const MODULE_ROUTES: readonly { module: string; hash: string; ready: string }[] = [
  { module: 'dashboard', hash: '#/', ready: '[data-testid="dashboard-today-count"][data-ready="true"]' },
  { module: 'missions', hash: '#/missions', ready: '[data-testid="task-count"]' },
  { module: 'missions-list', hash: '#/missions/list', ready: 'main h1' },
  { module: 'internships', hash: '#/internships', ready: 'main h1' },
  { module: 'attendance', hash: '#/internships/attendance', ready: 'main h1' },
  { module: 'sync', hash: '#/sync', ready: 'main h1' },
  { module: 'settings', hash: '#/settings/office', ready: 'main h1' },
];
