import type { ReleaseContent } from '../../../../src-main/shared/domain/press';

/** A realistic release text for tests. */
export function releaseContent(overrides: Partial<ReleaseContent> = {}): ReleaseContent {
  return {
    headline: 'จังหวัดสงขลาจัดงานวันเด็กแห่งชาติ ประจำปี 2568',
    dateline: 'สงขลา',
    releaseDate: '2025-01-11',
    lead: 'ผู้ว่าราชการจังหวัดสงขลาเป็นประธานเปิดงานวันเด็กแห่งชาติ ณ ศาลากลางจังหวัดสงขลา',
    body: 'ภายในงานมีกิจกรรมการแสดงของนักเรียน การแจกของขวัญ และนิทรรศการจากหน่วยงานต่าง ๆ โดยมีเด็กและผู้ปกครองเข้าร่วมกว่าสามพันคน',
    quotes: [{ speaker: 'ผู้ว่าราชการจังหวัดสงขลา', text: 'เด็กคืออนาคตของชาติ' }],
    tags: ['วันเด็ก'],
    agencyId: null,
    requestId: null,
    embargoAt: '',
    ...overrides,
  };
}
