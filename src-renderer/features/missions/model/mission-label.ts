import type { MissionRecord } from '../../../data';

/** How a mission reads in a picker: "3. ประชาสัมพันธ์ผ่านสื่อ…". */
export const missionLabel = (m: Pick<MissionRecord, 'no' | 'title'>): string => `${m.no}. ${m.title}`;
