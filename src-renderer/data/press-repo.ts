import {
  pressPickupSchema,
  pressReleaseSchema,
  pressRequestSchema,
  pressSendSchema,
  pressSettingsSchema,
  releaseVersionSchema,
  type PressPickup,
  type PressRelease,
  type PressRequest,
  type PressSend,
  type PressSettings,
  type ReleaseVersion,
} from '../../src-main/shared/domain/press';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const pressRequestRepo = (db: PrDeskDb) => createRepository<PressRequest>(db, 'pressRequests', pressRequestSchema);
export const pressReleaseRepo = (db: PrDeskDb) => createRepository<PressRelease>(db, 'pressReleases', pressReleaseSchema);
export const releaseVersionRepo = (db: PrDeskDb) =>
  createRepository<ReleaseVersion>(db, 'pressReleaseVersions', releaseVersionSchema);
export const pressSendRepo = (db: PrDeskDb) => createRepository<PressSend>(db, 'pressSends', pressSendSchema);
export const pressPickupRepo = (db: PrDeskDb) => createRepository<PressPickup>(db, 'pressPickups', pressPickupSchema);
export const pressSettingsRepo = (db: PrDeskDb) => createRepository<PressSettings>(db, 'pressSettings', pressSettingsSchema);
