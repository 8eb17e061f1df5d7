// For the tests of the Sync page's forms: which texts a form error names.

/** The i18n keys a form's schema reports, field by field. */
export function formMessages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}
