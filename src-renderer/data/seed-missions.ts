import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import standardMissionsFile from '../../resources/seed/standard-missions.json';
import { WORK_GROUPS, type WorkGroup } from '../../src-main/shared/domain/staff';
import type { Mission } from '../../src-main/shared/domain/mission';
import type { PrDeskDb } from './db';
import { missionRepo } from './mission-repo';
import { markSystemWrite } from './write-permission';

/** Namespace for the standard missions' ids (UUIDv5 of the mission number). */
const STANDARD_MISSION_NAMESPACE = '6f1d5a52-6c2b-4c8e-9a51-1f0f5c7a0d10';

/**
 * Every workstation seeds the same ten missions with the same ids, so two offices' machines
 * that each seeded before their first sync merge into one list instead of twenty missions.
 */
export function standardMissionId(no: number): string {
  return uuidv5(`standard-mission-${no}`, STANDARD_MISSION_NAMESPACE);
}

const seedFileSchema = z.object({
  missions: z.array(z.object({ no: z.number().int().positive(), th: z.string().min(1), en: z.string() })).min(1),
  workGroups: z.array(z.object({ th: z.string().min(1), en: z.string() })).length(WORK_GROUPS.length),
});

/** Which group usually carries each standard mission (offices change it in the mission form). */
const STANDARD_GROUP: Record<number, WorkGroup> = {
  1: 'administration',
  4: 'administration',
  8: 'administration',
  9: 'administration',
  10: 'administration',
};

export function standardMissions(): Mission[] {
  const seed = seedFileSchema.parse(standardMissionsFile);
  return seed.missions.map((m) => ({
    no: m.no,
    order: m.no,
    title: m.th,
    description: '',
    workGroup: STANDARD_GROUP[m.no] ?? 'public-relations',
    targets: [],
    planLinks: [],
    archived: false,
  }));
}

/**
 * First run: the standard missions. Runs once per database — a mission the office archived or
 * edited is never brought back (tombstoned records count as present).
 */
export async function seedStandardMissions(db: PrDeskDb): Promise<number> {
  return db.transaction('rw', db.missions, db.outbox, async (tx) => {
    if ((await db.missions.count()) > 0) return 0;
    // Written by the app on first start, before anyone can sign in.
    markSystemWrite(tx.idbtrans);
    const repo = missionRepo(db);
    const missions = standardMissions();
    for (const mission of missions) await repo.createWithId(standardMissionId(mission.no), mission);
    return missions.length;
  });
}
