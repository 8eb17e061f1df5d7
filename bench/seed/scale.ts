/**
 * How much a provincial PR office accumulates per year (issue 11): about 2,000 news releases,
 * 5,000 survey responses, 500 tasks, 50 interns and 200 media contacts. `--years 10` is the
 * office after a decade.
 */
export const PER_YEAR = {
  releases: 2_000,
  surveyResponses: 5_000,
  tasks: 500,
  interns: 50,
  mediaContacts: 200,
} as const;

export type ProfileScale = { -readonly [K in keyof typeof PER_YEAR]: number };

export function scaleForYears(years: number): ProfileScale {
  const scale = {} as ProfileScale;
  for (const [key, perYear] of Object.entries(PER_YEAR) as [keyof ProfileScale, number][]) scale[key] = Math.round(perYear * years);
  return scale;
}
