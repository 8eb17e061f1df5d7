/** Every module's main screens, visited in turn for the memory measure (dashboard first). */
export const MODULE_ROUTES: readonly string[] = [
  '#/missions',
  '#/missions/list',
  '#/press',
  '#/briefings',
  '#/internships',
  '#/internships/attendance',
  '#/surveys',
  '#/complaints',
  '#/sync',
  '#/settings/office',
];
