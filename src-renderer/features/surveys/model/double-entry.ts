import { keyingOf, type Answer, type EntryMode, type Keying, type Question, type ResponseStatus, type Survey } from '../../../../src-main/shared/domain/survey';
import { answerKey } from './entry';

/**
 * Double data entry (REDCap's "double data entry"): with the survey's setting on, a second
 * person keys every paper questionnaire again, matched by the number written on the paper form.
 * Where the two keyings differ an adjudicator decides, and only forms whose keyings agree
 * count in the statistics. Kiosk answers and CSV imports have no paper to key twice: they count
 * as they are.
 */

/** What the statistics and exports need of a stored response. */
export interface KeyedResponse {
  id: string;
  serial: string;
  status: ResponseStatus;
  mode: EntryMode;
  keying?: Keying;
  answers: Record<string, Answer>;
  deleted?: boolean;
}

/** One question whose two keyings differ (missing on one side counts as a difference). */
export interface Difference {
  questionId: string;
  /** The survey's question; null for an answer to a question the survey no longer has. */
  question: Question | null;
  first: Answer | undefined;
  second: Answer | undefined;
}

/**
 * The questions whose answers differ between two keyings, in the paper's order. Answers are
 * compared as entry.ts compares them: blank = not answered, text trimmed, the ticks of a
 * multiple-choice question in any order.
 */
export function compareKeyings(survey: Pick<Survey, 'questions'>, first: Record<string, Answer | undefined>, second: Record<string, Answer | undefined>): Difference[] {
  const known = new Set(survey.questions.map((q) => q.id));
  const strays = [...new Set([...Object.keys(first), ...Object.keys(second)])].filter((id) => !known.has(id)).sort();
  const out: Difference[] = [];
  for (const id of [...survey.questions.map((q) => q.id), ...strays]) {
    if (answerKey(first[id]) === answerKey(second[id])) continue;
    out.push({ questionId: id, question: survey.questions.find((q) => q.id === id) ?? null, first: first[id], second: second[id] });
  }
  return out;
}

/**
 * A paper form's double-entry state:
 * - single: keyed once so far (awaits the second person);
 * - agree: both keyings give the same answers and the same status (after adjudication too);
 * - differ: the keyings differ and await adjudication;
 * - duplicate: the same keying of this number exists twice (two workstations keyed it before
 *   syncing); one must be deleted before the form can be compared.
 */
export type PaperState = 'single' | 'agree' | 'differ' | 'duplicate';

export interface PaperForm<R extends KeyedResponse = KeyedResponse> {
  serial: string;
  first: R | null;
  second: R | null;
  state: PaperState;
  differences: Difference[];
  /** The two keyings were saved with different statuses (one complete, one partial). */
  statusDiffers: boolean;
}

function serialOrder(a: string, b: string): number {
  const x = /^\d+$/.test(a) ? Number(a) : Number.NaN;
  const y = /^\d+$/.test(b) ? Number(b) : Number.NaN;
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  if (!Number.isNaN(x)) return -1;
  if (!Number.isNaN(y)) return 1;
  return a.localeCompare(b, 'th');
}

/** The keyed paper forms of a survey, paired by number, in number order. Deleted records are left out. */
export function pairKeyings<R extends KeyedResponse>(survey: Pick<Survey, 'questions'>, responses: readonly R[]): PaperForm<R>[] {
  const bySerial = new Map<string, { first: R[]; second: R[] }>();
  for (const r of responses) {
    if (r.deleted || r.mode !== 'keyed') continue;
    const serial = r.serial.trim();
    const group = bySerial.get(serial) ?? { first: [], second: [] };
    group[keyingOf(r)].push(r);
    bySerial.set(serial, group);
  }
  return [...bySerial.entries()]
    .sort(([a], [b]) => serialOrder(a, b))
    .map(([serial, group]) => {
      const first = group.first[0] ?? null;
      const second = group.second[0] ?? null;
      if (group.first.length > 1 || group.second.length > 1)
        return { serial, first, second, state: 'duplicate' as const, differences: [], statusDiffers: false };
      if (!first || !second) return { serial, first, second, state: 'single' as const, differences: [], statusDiffers: false };
      const differences = compareKeyings(survey, first.answers, second.answers);
      const statusDiffers = first.status !== second.status;
      return { serial, first, second, state: differences.length === 0 && !statusDiffers ? ('agree' as const) : ('differ' as const), differences, statusDiffers };
    });
}

export interface DoubleEntrySummary {
  single: number;
  agree: number;
  /** Differ, plus duplicates: both wait for a person. */
  awaiting: number;
}

export function doubleEntrySummary(forms: readonly PaperForm[]): DoubleEntrySummary {
  const summary: DoubleEntrySummary = { single: 0, agree: 0, awaiting: 0 };
  for (const form of forms) {
    if (form.state === 'single') summary.single++;
    else if (form.state === 'agree') summary.agree++;
    else summary.awaiting++;
  }
  return summary;
}

/**
 * The responses the statistics, the report and the exports are made from. Without double entry:
 * every first keying (a second keying left from when the setting was on is never counted twice).
 * With it: kiosk and imported answers, and the first keying of each paper form whose two
 * keyings agree. Partial ones are still in the list; the statistics leave them out (statistics.ts).
 */
export function countedResponses<R extends KeyedResponse>(survey: Pick<Survey, 'questions' | 'doubleEntry'>, responses: readonly R[]): R[] {
  const live = responses.filter((r) => !r.deleted);
  if (!survey.doubleEntry) return live.filter((r) => keyingOf(r) === 'first');
  const agreed = new Set(
    pairKeyings(survey, live)
      .filter((f) => f.state === 'agree')
      .map((f) => f.first?.id),
  );
  return live.filter((r) => (r.mode !== 'keyed' && keyingOf(r) === 'first') || agreed.has(r.id));
}
