/**
 * The office passphrase every E2E (and bench) sync folder is created and joined with (issue 18:
 * the sync folder is encrypted under it). No imports, so the bench harness page can use it too.
 */
export const OFFICE_PASSPHRASE = 'ข่าวสารจังหวัดเพื่อประชาชน 2569';
