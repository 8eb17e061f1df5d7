import {
  DEFAULT_NUMBER_FORMAT,
  PRESS_SETTINGS_ID,
  type PressRelease,
  type ReleaseContent,
  type ReleaseEvent,
  type ReleaseEventKind,
  type ReleaseStatus,
} from '../../../../src-main/shared/domain/press';
import { releaseWorkflow } from '../../../../src-main/shared/domain/release-workflow';
import { beYearOf, formatReleaseNumber, nextReleaseNumber, resolveDuplicateNumbers, type Renumbering } from '../../../../src-main/shared/domain/press-numbering';
import { approverPositionOn, pressReleaseRepo, releaseVersionRepo, type PrDeskDb, type PressReleaseRecord } from '../../../data';
import { releaseTerms } from '../model/release-terms';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';

function event(db: PrDeskDb, kind: ReleaseEventKind, comment = ''): ReleaseEvent {
  return { kind, by: db.writer.getActor(), at: db.writer.now().toISOString(), comment: comment.trim() };
}

async function mustGet(db: PrDeskDb, id: string): Promise<PressReleaseRecord> {
  const release = await db.pressReleases.get(id);
  if (!release) throw new Error(`No release ${id}`);
  return release;
}

/** Saves a copy of the text when it differs from the last saved copy. */
async function snapshot(db: PrDeskDb, release: Pick<PressRelease, 'headline' | 'lead' | 'body'> & { id: string }, reason: ReleaseEventKind): Promise<void> {
  const versions = (await db.pressReleaseVersions.where('releaseId').equals(release.id).toArray()).filter((v) => !v.deleted);
  const last = versions.sort((a, b) => b.versionNo - a.versionNo)[0];
  if (last && last.headline === release.headline && last.lead === release.lead && last.body === release.body) return;
  await releaseVersionRepo(db).create({
    releaseId: release.id,
    versionNo: (last?.versionNo ?? 0) + 1,
    reason,
    headline: release.headline,
    lead: release.lead,
    body: release.body,
  });
}

const TABLES = (db: PrDeskDb) => [db.pressReleases, db.pressReleaseVersions, db.pressSettings, db.staff, db.officeProfile];

export async function createRelease(db: PrDeskDb, content: ReleaseContent): Promise<PressReleaseRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const release = await pressReleaseRepo(db).create({
      ...content,
      photos: [],
      status: 'draft',
      number: null,
      beYear: null,
      numberLabel: '',
      approvedAt: null,
      approvedBy: null,
      approverName: null,
      approverPosition: null,
      publishedAt: null,
      events: [],
      terms: releaseTerms(content),
    });
    await snapshot(db, release, 'commented');
    return release;
  });
}

/** Saves edited text; the search terms and a version follow it. */
export async function saveReleaseContent(db: PrDeskDb, id: string, content: ReleaseContent): Promise<PressReleaseRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const current = await mustGet(db, id);
    const updated = await pressReleaseRepo(db).update(id, { ...content, terms: releaseTerms(content, current.numberLabel) });
    await snapshot(db, updated, 'commented');
    return updated;
  });
}

export async function numberFormat(db: PrDeskDb): Promise<string> {
  const settings = await db.pressSettings.get(PRESS_SETTINGS_ID);
  return settings && !settings.deleted ? settings.numberFormat : DEFAULT_NUMBER_FORMAT;
}

/** The highest number already used in a พ.ศ. year (0 if none). */
async function highestNumber(db: PrDeskDb, beYear: number): Promise<number> {
  const last = await db.pressReleases.where('[beYear+number]').between([beYear, 0], [beYear, Number.MAX_SAFE_INTEGER], true, true).last();
  return last?.number ?? 0;
}

/**
 * Moves a release along ร่าง → ตรวจทาน → อนุมัติ → เผยแพร่ (or back with a comment), as
 * releaseWorkflow declares (anything else is a WorkflowTransitionError). Approval
 * assigns the next number of the year inside the same transaction, so two approvals on one
 * workstation can never read the same "highest".
 */
export async function moveRelease(db: PrDeskDb, id: string, to: ReleaseStatus, comment = ''): Promise<PressReleaseRecord> {
  return db.transaction('rw', TABLES(db), async () => {
    const current = await mustGet(db, id);
    releaseWorkflow.assertMove(current.status, to);
    const now = db.writer.now().toISOString();
    const patch: Partial<PressRelease> = { status: to };
    let kind: ReleaseEventKind = 'submitted';
    if (to === 'draft') kind = 'returned';
    if (to === 'approved') {
      kind = 'approved';
      patch.approvedAt = now;
      patch.approvedBy = db.writer.getActor();
      // The approval record keeps the approver's name and position as they are today; the
      // printed release shows these, whoever prints it later (issue 19).
      const approver = await db.staff.get(patch.approvedBy);
      patch.approverName = approver ? staffDisplayName(approver) : null;
      patch.approverPosition = approver ? await approverPositionOn(db, approver.id, approver.position, now) : null;
      if (current.number === null) {
        const beYear = beYearOf(now);
        const number = nextReleaseNumber([await highestNumber(db, beYear)]);
        patch.number = number;
        patch.beYear = beYear;
        patch.numberLabel = formatReleaseNumber(await numberFormat(db), number, beYear);
        patch.terms = releaseTerms(current, patch.numberLabel);
      }
    }
    if (to === 'published') {
      kind = 'published';
      patch.publishedAt = now;
    }
    patch.events = [...current.events, event(db, kind, comment)];
    const updated = await pressReleaseRepo(db).update(id, patch);
    await snapshot(db, updated, kind);
    return updated;
  });
}

export async function commentOnRelease(db: PrDeskDb, id: string, comment: string): Promise<void> {
  await db.transaction('rw', db.pressReleases, async () => {
    const current = await mustGet(db, id);
    await pressReleaseRepo(db).update(id, { events: [...current.events, event(db, 'commented', comment)] });
  });
}

/**
 * After a sync, two workstations may have given the same number to different releases. The
 * later approval moves to the next free number (see resolveDuplicateNumbers); the change is
 * written into the release's history for staff to see. Safe to run any number of times.
 */
export async function reconcileReleaseNumbers(db: PrDeskDb): Promise<Renumbering[]> {
  // Usually there is nothing to do: look at the index keys alone (no records, no write lock).
  const keys = (await db.pressReleases.orderBy('[beYear+number]').keys()) as unknown as [number, number][];
  const seen = new Set<string>();
  if (!keys.some(([year, n]) => seen.size === seen.add(`${year}/${n}`).size)) return [];
  return db.transaction('rw', TABLES(db), async () => {
    const numbered = (await db.pressReleases.where('[beYear+number]').between([0, 0], [9999, Number.MAX_SAFE_INTEGER], true, true).toArray()).filter((r) => !r.deleted);
    const changes = resolveDuplicateNumbers(numbered);
    const format = await numberFormat(db);
    for (const change of changes) {
      const release = numbered.find((r) => r.id === change.id);
      if (!release) continue;
      const numberLabel = formatReleaseNumber(format, change.to, change.beYear);
      const from = formatReleaseNumber(format, change.from, change.beYear);
      await pressReleaseRepo(db).update(change.id, {
        number: change.to,
        numberLabel,
        terms: releaseTerms(release, numberLabel),
        events: [...release.events, event(db, 'renumbered', `${from} → ${numberLabel}`)],
      });
    }
    return changes;
  });
}
