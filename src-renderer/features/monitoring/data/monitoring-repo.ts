import { mediaIssueSchema, mediaItemSchema, type MediaIssue, type MediaItem } from '../../../../src-main/shared/domain/media-monitoring';
import { createRepository, type PrDeskDb } from '../../../data';

/** ข่าวที่ติดตาม: any staff member logs news (write-rules). */
export const mediaItemRepo = (db: PrDeskDb) => createRepository<MediaItem>(db, 'mediaItems', mediaItemSchema);

/** ประเด็นข่าว: the issues the office follows and answers. */
export const mediaIssueRepo = (db: PrDeskDb) => createRepository<MediaIssue>(db, 'mediaIssues', mediaIssueSchema);
