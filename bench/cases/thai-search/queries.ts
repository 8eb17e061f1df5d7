import { AGENCIES, DISTRICTS, PEOPLE, TAMBONS, type EvalRelease } from './corpus';

/** A query as staff type it, and what a careful reader would count as an answer. */
export interface EvalQuery {
  query: string;
  /** The kind, for the per-kind figures (places, people, digits…). */
  kind: string;
  relevant: (release: EvalRelease) => boolean;
}

const has = (concept: string) => (r: EvalRelease) => r.concepts.has(concept);
const toThaiDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/**
 * Over 200 queries: every place three ways (bare, ตำบล, ต.), every district three ways (อำเภอ,
 * อ., bare), every agency with and without its dots, every person by whole name, surname and
 * given name, years and dates in both kinds of digits and with or without the month's dots,
 * ๆ both ways, and the ำ words.
 */
export function evalQueries(): EvalQuery[] {
  const queries: EvalQuery[] = [];
  for (const tambon of TAMBONS) {
    for (const query of [tambon, `ตำบล${tambon}`, `ต.${tambon}`]) queries.push({ query, kind: 'place', relevant: has(`place:${tambon}`) });
  }
  for (const district of DISTRICTS) {
    for (const query of [`อำเภอ${district}`, `อ.${district}`, district]) queries.push({ query, kind: 'district', relevant: has(`district:${district}`) });
  }
  for (const { abbr } of AGENCIES) {
    for (const query of [abbr, abbr.replace(/\./g, '')]) queries.push({ query, kind: 'agency', relevant: has(`agency:${abbr}`) });
  }
  for (const person of PEOPLE) {
    const [given = '', family = ''] = person.split(' ');
    queries.push({ query: person, kind: 'person', relevant: has(`person:${person}`) });
    queries.push({ query: family, kind: 'person', relevant: (r) => [...r.concepts].some((c) => c.startsWith('person:') && c.endsWith(` ${family}`)) });
    queries.push({ query: given, kind: 'person', relevant: (r) => [...r.concepts].some((c) => c.startsWith(`person:${given} `)) });
  }
  for (const year of [2560, 2563, 2566, 2568]) {
    queries.push({ query: `พ.ศ. ${year}`.replace('พ.ศ. ', ''), kind: 'digits', relevant: has(`year:${year}`) });
    queries.push({ query: toThaiDigits(String(year)), kind: 'digits', relevant: has(`year:${year}`) });
    queries.push({ query: `ธ.ค. ${year}`, kind: 'digits', relevant: has(`month:ธ.ค.${year}`) });
    queries.push({ query: `ธค ${toThaiDigits(String(year))}`, kind: 'digits', relevant: has(`month:ธ.ค.${year}`) });
  }
  for (const budget of [12, 47, 88]) {
    queries.push({ query: `${budget} ล้านบาท`, kind: 'digits', relevant: has(`budget:${budget}`) });
    queries.push({ query: `งบประมาณ ${toThaiDigits(String(budget))} ล้าน`, kind: 'digits', relevant: has(`budget:${budget}`) });
  }
  for (const query of ['ต่างๆ', 'ต่าง ๆ', 'หน่วยงานต่างๆ', 'หน่วยงานต่าง ๆ']) queries.push({ query, kind: 'repeat', relevant: has('phrase:ต่างๆ') });
  for (const word of ['อุทกภัย', 'น้ำท่วม', 'ทำความสะอาด', 'จำหน่าย', 'ผู้สูงอายุ', 'ป่าชายเลน', 'ทุนการศึกษา', 'วัคซีน']) {
    queries.push({ query: word, kind: 'sara-am', relevant: has(`word:${word}`) });
  }
  return queries;
}
