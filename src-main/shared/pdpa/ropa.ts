import { DATA_CATEGORY_LABELS, DATA_SUBJECT_LABELS, PERSONAL_TABLES, type DataCategory, type DataSubject } from './personal-fields';
import { TABLE_LABELS } from './table-labels';

/**
 * The office's records of processing (บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล, PDPA s.39),
 * made from what the app actually stores: each activity names its tables, and the categories of
 * data, the subjects and the fields come from the personal-data tags of those tables. What the
 * tags cannot know — purpose, lawful basis, retention, recipients, security — is written here
 * once per activity. `ropa.test.ts` fails when a table holding tagged personal data belongs to
 * no activity, or to two.
 */

export interface RopaActivity {
  id: string;
  /** กิจกรรมการประมวลผล */
  title: string;
  subject: DataSubject;
  /** Tables of the activity (each tagged table belongs to exactly one activity). */
  tables: readonly string[];
  purpose: string;
  /** ฐานทางกฎหมาย, with the PDPA section. */
  lawfulBasis: string;
  retention: string;
  /** ผู้รับข้อมูล / การเปิดเผย */
  recipients: string;
  /** แหล่งที่มาของข้อมูล */
  source: string;
}

export { TABLE_LABELS };

/** Measures that apply to every activity (printed in each). */
export const ROPA_SECURITY =
  'เก็บในเครื่องของสำนักงาน ผู้ใช้ลงชื่อเข้าใช้ด้วยรหัสส่วนตัวและสิทธิตามบทบาท การซิงค์และข้อมูลสำรองเข้ารหัสด้วย AES-256-GCM และลงลายมือชื่อดิจิทัลของแต่ละเครื่อง การส่งออกและการลบข้อมูลส่วนบุคคลทำได้เฉพาะผู้ดูแลระบบ';

export const ROPA_ACTIVITIES: readonly RopaActivity[] = [
  {
    id: 'internships',
    title: 'การรับนักศึกษาฝึกงาน',
    subject: 'intern',
    tables: ['interns', 'internAttendance', 'internWorkLogs', 'internEvaluations', 'workLinks'],
    purpose: 'คัดเลือกและดูแลการฝึกงาน บันทึกเวลาและผลงาน ประเมินผล และออกหนังสือรับรองการฝึกงาน',
    lawfulBasis: 'มาตรา 24(3) การปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะ และมาตรา 24(2) การดำเนินการตามคำขอของนักศึกษาก่อนเข้าฝึกงาน',
    retention: 'ถึงสิ้นปีงบประมาณถัดจากวันสิ้นสุดการฝึกงาน แล้วลบข้อมูลที่ระบุตัวบุคคล (ชั่วโมงและช่วงเวลาฝึกคงไว้เป็นสถิติ)',
    recipients: 'สถานศึกษาต้นสังกัด (ผลการประเมิน หนังสือรับรอง)',
    source: 'นักศึกษาและสถานศึกษา',
  },
  {
    id: 'complaints',
    title: 'การรับและจัดการเรื่องร้องเรียน',
    subject: 'complainant',
    tables: ['complaints', 'complaintSteps'],
    purpose: 'รับเรื่อง ส่งต่อหน่วยงานที่เกี่ยวข้อง ติดตามและแจ้งผลแก่ผู้ร้อง รายงานสถิติ (ITA O27–O29)',
    lawfulBasis:
      'มาตรา 24(4) การปฏิบัติตามกฎหมาย (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการจัดการเรื่องราวร้องทุกข์ พ.ศ. 2552) ชื่อและช่องทางติดต่อของผู้ร้องเก็บเมื่อได้รับความยินยอม (มาตรา 19)',
    retention: 'ข้อมูลผู้ร้องเก็บจนยุติเรื่องและพ้นระยะเวลาเก็บรักษาตามระเบียบงานสารบรรณ แล้วลบ (เลขรับ หัวเรื่อง และขั้นตอนคงไว้)',
    recipients: 'หน่วยงานที่รับเรื่องต่อ (เฉพาะที่จำเป็นต่อการแก้ไขปัญหา)',
    source: 'ผู้ร้องเรียนโดยตรง',
  },
  {
    id: 'media',
    title: 'ทะเบียนสื่อมวลชนและการส่งข่าว',
    subject: 'mediaContact',
    tables: ['mediaContacts', 'pressSends', 'pressConferences'],
    purpose: 'ส่งข่าวประชาสัมพันธ์ เชิญร่วมแถลงข่าว และบันทึกการส่งข่าว',
    lawfulBasis: 'ตามฐานที่บันทึกไว้ในแต่ละรายชื่อ (ช่อง "ฐานทางกฎหมาย PDPA"): ความยินยอม (มาตรา 19) หรือประโยชน์โดยชอบด้วยกฎหมาย (มาตรา 24(5))',
    retention: 'ตลอดเวลาที่ยังติดต่อกัน ทบทวนความถูกต้องทุกปี ลบเมื่อเจ้าของข้อมูลขอหรือไม่ได้ติดต่อเกิน 2 ปี',
    recipients: 'ไม่เปิดเผยแก่บุคคลภายนอก',
    source: 'สื่อมวลชนโดยตรง และสังกัด',
  },
  {
    id: 'contacts',
    title: 'ผู้ประสานงานของหน่วยงานและสถานศึกษา',
    subject: 'contactPerson',
    tables: ['institutions', 'agencies', 'pressRequests'],
    purpose: 'ประสานงานการฝึกงาน การส่งต่อเรื่อง และคำขอรับบริการข่าว',
    lawfulBasis: 'มาตรา 24(3) การปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะ',
    retention: 'ตลอดเวลาที่ยังเป็นผู้ประสานงาน แก้ไขเมื่อเปลี่ยนผู้รับผิดชอบ',
    recipients: 'ไม่เปิดเผยแก่บุคคลภายนอก',
    source: 'หน่วยงานและสถานศึกษา',
  },
  {
    id: 'staff',
    title: 'บุคลากรและบัญชีผู้ใช้งาน',
    subject: 'staff',
    tables: ['staff', 'staffCredentials', 'taskComments'],
    purpose: 'มอบหมายงาน ลงชื่อเข้าใช้ บันทึกผู้อนุมัติและผู้ปฏิบัติงาน',
    lawfulBasis: 'มาตรา 24(3) และ 24(4) การปฏิบัติหน้าที่ราชการและระเบียบงานสารบรรณ',
    retention: 'ตลอดการปฏิบัติงาน เมื่อพ้นจากสำนักงานลบข้อมูลติดต่อ ชื่อและตำแหน่งในเอกสารราชการคงไว้',
    recipients: 'ไม่เปิดเผยแก่บุคคลภายนอก',
    source: 'เจ้าหน้าที่',
  },
  {
    id: 'surveys',
    title: 'การสำรวจความคิดเห็นและความพึงพอใจ',
    subject: 'respondent',
    tables: ['surveyResponses'],
    purpose: 'วิเคราะห์ผลการสำรวจและรายงานผล (ไม่ระบุตัวผู้ตอบ)',
    lawfulBasis: 'มาตรา 24(3) และความสมัครใจของผู้ตอบ แบบสอบถามไม่ขอชื่อ',
    retention: 'จนรายงานผลการสำรวจประจำปีงบประมาณแล้วเสร็จ',
    recipients: 'ไม่เปิดเผยรายบุคคล เผยแพร่เฉพาะผลสรุป',
    source: 'ผู้ตอบแบบสอบถาม',
  },
  {
    id: 'rights',
    title: 'การรับและตอบคำขอใช้สิทธิของเจ้าของข้อมูลส่วนบุคคล',
    subject: 'requester',
    tables: ['dataRequests'],
    purpose: 'ตรวจสอบตัวตนผู้ยื่นคำขอ ดำเนินการตามคำขอ (เข้าถึง แก้ไข ลบ คัดค้าน ระงับ โอนข้อมูล) และแจ้งผลภายใน 30 วัน',
    lawfulBasis: 'มาตรา 24(4) การปฏิบัติตามกฎหมาย (มาตรา 30–36 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)',
    retention: 'ทะเบียนคำขอเก็บเป็นหลักฐานการปฏิบัติตามกฎหมาย ชื่อและช่องทางติดต่อของผู้ยื่นลบพร้อมข้อมูลของเจ้าของข้อมูล',
    recipients: 'ไม่เปิดเผยแก่บุคคลภายนอก เว้นแต่สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลขอตรวจสอบ',
    source: 'ผู้ยื่นคำขอ (เจ้าของข้อมูลหรือผู้รับมอบอำนาจ)',
  },
  {
    id: 'officials',
    title: 'ผู้บริหาร ผู้อนุมัติ และโฆษกในเอกสารราชการ',
    subject: 'official',
    tables: ['officeProfile', 'briefings', 'pressReleases', 'pressStatements', 'qaBank'],
    purpose: 'ลงนาม อนุมัติ และระบุผู้ให้ข่าวในเอกสารราชการและข่าวประชาสัมพันธ์',
    lawfulBasis: 'มาตรา 24(3) และ 24(4) ระเบียบงานสารบรรณ',
    retention: 'ตามอายุการเก็บรักษาเอกสารราชการ',
    recipients: 'เผยแพร่ต่อสาธารณะตามเอกสารที่ออก',
    source: 'สำนักงาน',
  },
];

export interface RopaRow {
  activity: RopaActivity;
  subjectLabel: string;
  categories: string[];
  /** Where it is kept: table label and its tagged fields. */
  stored: { table: string; label: string; fields: string[]; records: number | null }[];
}

/**
 * The register's rows: each activity with the categories of data and fields its tables really
 * hold (from the tags), and how many records each table holds now when `counts` is given.
 */
export function ropaRegister(counts: Readonly<Record<string, number>> = {}): RopaRow[] {
  return ROPA_ACTIVITIES.map((activity) => {
    const categories = new Set<DataCategory>();
    const stored = activity.tables.map((table) => {
      const declared = PERSONAL_TABLES[table];
      for (const field of Object.values(declared?.fields ?? {})) categories.add(field.category);
      return { table, label: TABLE_LABELS[table] ?? table, fields: Object.keys(declared?.fields ?? {}), records: counts[table] ?? null };
    });
    return { activity, subjectLabel: DATA_SUBJECT_LABELS[activity.subject], categories: [...categories].map((c) => DATA_CATEGORY_LABELS[c]), stored };
  });
}
