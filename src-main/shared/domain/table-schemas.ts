import type { z } from 'zod';
import { agencySchema } from './agency';
import { briefingSchema, briefingVersionSchema } from './briefing';
import { complaintSchema, complaintSettingsSchema, complaintStepSchema } from './complaint';
import { dailyDigestSchema } from './daily-digest';
import { dataBreachSchema } from './data-breach';
import { dataErasureSchema } from './data-erasure';
import { dataRequestSchema } from './data-request';
import { attendanceSchema, institutionSchema, internEvaluationSchema, internSchema, workLogSchema } from './internship';
import { distributionListSchema, mediaContactSchema, mediaOutletSchema } from './media';
import { mediaIssueSchema, mediaItemSchema } from './media-monitoring';
import { missionSchema } from './mission';
import { officeProfileSchema } from './office-profile';
import { planSchema, planTagSchema } from './plan';
import { pressConferenceSchema, pressStatementSchema } from './press-conference';
import { pressPickupSchema, pressReleaseSchema, pressRequestSchema, pressSendSchema, pressSettingsSchema, releaseVersionSchema } from './press';
import { qaBankItemSchema } from './qa-bank';
import { staffSchema } from './staff';
import { staffCredentialSchema } from '../auth/credential';
import { surveyResponseSchema, surveySchema } from './survey';
import { taskCommentSchema, taskSchema } from './task';
import { workLinkSchema } from './work-link';

/**
 * Every synced table and the schema of its records' fields (without the envelope). The data
 * layer declares tables once here, so what travels between workstations, what a backup holds
 * and what a blob reference is can be checked against one list.
 */
export const TABLE_SCHEMAS = {
  officeProfile: officeProfileSchema,
  staff: staffSchema,
  /** Sign-in secrets (scrypt output, never the PIN), one per staff member: issue 19. */
  staffCredentials: staffCredentialSchema,
  missions: missionSchema,
  tasks: taskSchema,
  taskComments: taskCommentSchema,
  workLinks: workLinkSchema,
  institutions: institutionSchema,
  interns: internSchema,
  internAttendance: attendanceSchema,
  internWorkLogs: workLogSchema,
  internEvaluations: internEvaluationSchema,
  dataErasures: dataErasureSchema,
  /** PDPA: requests from people about their data, and the breach log (issue 20). */
  dataRequests: dataRequestSchema,
  dataBreaches: dataBreachSchema,
  mediaOutlets: mediaOutletSchema,
  mediaContacts: mediaContactSchema,
  distributionLists: distributionListSchema,
  agencies: agencySchema,
  complaints: complaintSchema,
  complaintSteps: complaintStepSchema,
  complaintSettings: complaintSettingsSchema,
  pressRequests: pressRequestSchema,
  pressReleases: pressReleaseSchema,
  pressReleaseVersions: releaseVersionSchema,
  pressSends: pressSendSchema,
  pressPickups: pressPickupSchema,
  pressSettings: pressSettingsSchema,
  briefings: briefingSchema,
  briefingVersions: briefingVersionSchema,
  qaBank: qaBankItemSchema,
  pressConferences: pressConferenceSchema,
  pressStatements: pressStatementSchema,
  surveys: surveySchema,
  surveyResponses: surveyResponseSchema,
  /** Issue 24: the PR plan and its tags, news and issue monitoring, the daily digest. */
  plans: planSchema,
  planTags: planTagSchema,
  mediaItems: mediaItemSchema,
  mediaIssues: mediaIssueSchema,
  dailyDigests: dailyDigestSchema,
} as const satisfies Record<string, z.ZodType>;

export type SyncedTableName = keyof typeof TABLE_SCHEMAS;

/** Tables whose records carry the envelope and travel through sync, in a fixed order. */
export const SYNCED_TABLES = Object.keys(TABLE_SCHEMAS) as SyncedTableName[];
