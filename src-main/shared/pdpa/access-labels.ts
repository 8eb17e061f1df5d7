import { AGENCY_KIND_LABELS } from '../domain/agency';
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_CHANNEL_LABELS, COMPLAINT_STEP_LABELS, COMPLAINT_SUBCATEGORY_LABELS, COMPLAINT_TYPE_LABELS } from '../domain/complaint';
import { DATA_REQUEST_CHANNEL_LABELS, DATA_REQUEST_KIND_LABELS, DATA_REQUEST_STATUS_LABELS } from '../domain/data-request';
import { INTERN_STATUS_LABELS } from '../domain/internship';
import { PDPA_BASIS_LABELS } from '../domain/media';
import { WORK_LINK_MODULE_LABELS } from '../domain/work-link';

/**
 * How the access export (PDPA s.30) writes out each record about a person: every field of every
 * table a person's data can be in, with its Thai label and how to show its value, or `null`
 * when the field is the app's own bookkeeping (a link's id, a hash) and means nothing to the
 * person. `access-labels.test.ts` fails when a table that reaches a person gains a field
 * without a verdict here, so a new field cannot silently drop out of (or leak into) the export.
 */
export type AccessValue =
  | { show: 'text' | 'date' | 'instant' | 'time' | 'number' | 'yesNo' | 'list' | 'files' | 'scores' | 'answers' }
  | { show: 'choice'; labels: Readonly<Record<string, string>> }
  /** The id of another record, written as that record's name (a mentor, an institution). */
  | { show: 'ref'; table: string };

export type AccessField = { label: string } & AccessValue;

const text = (label: string): AccessField => ({ label, show: 'text' });
const date = (label: string): AccessField => ({ label, show: 'date' });
const instant = (label: string): AccessField => ({ label, show: 'instant' });
const number = (label: string): AccessField => ({ label, show: 'number' });
const yesNo = (label: string): AccessField => ({ label, show: 'yesNo' });
const choice = (label: string, labels: Readonly<Record<string, string>>): AccessField => ({ label, show: 'choice', labels });
const ref = (label: string, table: string): AccessField => ({ label, show: 'ref', table });

const WORK_GROUP_LABELS = { administration: 'กลุ่มงานอำนวยการ', 'public-relations': 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร', evaluation: 'กลุ่มงานประเมินผล' };
const ROLE_LABELS = {
  director: 'ผู้อำนวยการ',
  deputy: 'รองผู้อำนวยการ/ผู้รักษาราชการแทน',
  spokesperson: 'โฆษก',
  groupHead: 'หัวหน้ากลุ่มงาน',
  officer: 'เจ้าหน้าที่',
  intern: 'นักศึกษาฝึกงาน',
  admin: 'ผู้ดูแลระบบ',
};
const ATTENDANCE_KIND_LABELS = { present: 'มาปฏิบัติงาน', leave: 'ลา', absent: 'ขาด', holiday: 'วันหยุด' };

/** Per table: field → how it is shown, or null (not shown: the app's own bookkeeping). */
export const ACCESS_FIELDS: Readonly<Record<string, Readonly<Record<string, AccessField | null>>>> = {
  staff: {
    title: text('คำนำหน้า'),
    firstName: text('ชื่อ'),
    lastName: text('นามสกุล'),
    position: text('ตำแหน่ง'),
    workGroup: choice('กลุ่มงาน', WORK_GROUP_LABELS),
    role: choice('บทบาทในระบบ', ROLE_LABELS),
    phone: text('โทรศัพท์'),
    email: text('อีเมล'),
    startDate: date('วันที่เริ่มปฏิบัติงาน'),
    active: yesNo('ยังปฏิบัติงานอยู่'),
  },
  staffCredentials: {
    staffId: null,
    // A hash of the PIN: the person learns that it exists and when it was set, never the hash.
    secret: null,
    reason: choice('การตั้งรหัส', { created: 'ตั้งครั้งแรก', changed: 'เปลี่ยนโดยเจ้าของ', reset: 'ตั้งใหม่โดยผู้ดูแลระบบ' }),
    setBy: ref('ผู้ตั้งรหัส', 'staff'),
    setAt: instant('วันเวลาที่ตั้งรหัส'),
  },
  taskComments: { taskId: ref('งาน', 'tasks'), text: text('ข้อความ') },
  workLinks: {
    missionId: ref('ภารกิจ', 'missions'),
    taskId: ref('งาน', 'tasks'),
    module: choice('ประเภทผลงาน', WORK_LINK_MODULE_LABELS),
    recordId: null,
    title: text('ชื่อผลงาน'),
    date: date('วันที่'),
  },
  institutions: {
    name: text('สถานศึกษา'),
    faculty: text('คณะ/สาขา'),
    coordinatorName: text('ชื่อผู้ประสานงาน'),
    coordinatorPhone: text('โทรศัพท์ผู้ประสานงาน'),
    coordinatorEmail: text('อีเมลผู้ประสานงาน'),
    requiredHours: number('ชั่วโมงฝึกงานที่กำหนด'),
    criteria: null,
  },
  interns: {
    title: text('คำนำหน้า'),
    firstName: text('ชื่อ'),
    lastName: text('นามสกุล'),
    firstNameEn: text('ชื่อ (ภาษาอังกฤษ)'),
    lastNameEn: text('นามสกุล (ภาษาอังกฤษ)'),
    studentId: text('รหัสนักศึกษา'),
    institutionId: ref('สถานศึกษา', 'institutions'),
    programme: text('หลักสูตร/สาขาวิชา'),
    phone: text('โทรศัพท์'),
    email: text('อีเมล'),
    emergencyContact: text('ผู้ติดต่อกรณีฉุกเฉิน'),
    startDate: date('วันเริ่มฝึกงาน'),
    endDate: date('วันสิ้นสุดการฝึกงาน'),
    requiredHours: number('ชั่วโมงที่ต้องฝึก'),
    mentorId: ref('พี่เลี้ยง', 'staff'),
    staffId: null,
    workGroup: choice('กลุ่มงานที่ฝึก', WORK_GROUP_LABELS),
    status: choice('สถานะ', INTERN_STATUS_LABELS),
    photoBlobId: { label: 'รูปถ่าย', show: 'files' },
    erasedAt: instant('วันที่ลบข้อมูลส่วนบุคคล'),
  },
  internAttendance: {
    internId: null,
    date: date('วันที่'),
    kind: choice('การมาปฏิบัติงาน', ATTENDANCE_KIND_LABELS),
    checkIn: { label: 'เวลาเข้า', show: 'time' },
    checkOut: { label: 'เวลาออก', show: 'time' },
    overnight: yesNo('ออกหลังเที่ยงคืน'),
    breakMinutes: number('พัก (นาที)'),
    note: text('หมายเหตุ'),
  },
  internWorkLogs: {
    internId: null,
    date: date('วันที่'),
    text: text('งานที่ทำ'),
    taskId: ref('งานที่เกี่ยวข้อง', 'tasks'),
    approvedBy: ref('ผู้รับรอง', 'staff'),
    approvedAt: instant('วันเวลาที่รับรอง'),
  },
  internEvaluations: {
    internId: null,
    evaluatorId: ref('ผู้ประเมิน', 'staff'),
    date: date('วันที่ประเมิน'),
    scores: { label: 'คะแนนรายข้อ', show: 'scores' },
    overallComment: text('ความเห็นโดยรวม'),
  },
  mediaContacts: {
    outletId: ref('สังกัด', 'mediaOutlets'),
    title: text('คำนำหน้า'),
    firstName: text('ชื่อ'),
    lastName: text('นามสกุล'),
    position: text('ตำแหน่ง'),
    phone: text('โทรศัพท์'),
    email: text('อีเมล'),
    lineId: text('LINE ID'),
    coverageArea: text('พื้นที่ข่าว'),
    beats: { label: 'ประเด็นข่าว', show: 'list' },
    pdpaBasis: choice('ฐานการเก็บข้อมูล', PDPA_BASIS_LABELS),
    lastVerifiedAt: date('ตรวจสอบข้อมูลล่าสุด'),
    note: text('หมายเหตุ'),
    active: yesNo('ยังส่งข่าวถึง'),
  },
  pressSends: {
    releaseId: ref('ข่าว', 'pressReleases'),
    channel: choice('ช่องทาง', { line: 'LINE', facebook: 'Facebook', email: 'อีเมล', other: 'อื่น ๆ' }),
    contactId: null,
    outletId: ref('สังกัด', 'mediaOutlets'),
    recipientName: text('ชื่อผู้รับ'),
    address: text('ที่อยู่ที่ส่ง'),
    sentAt: instant('วันเวลาที่ส่ง'),
  },
  agencies: {
    name: text('หน่วยงาน'),
    shortName: text('ชื่อย่อ'),
    kind: choice('ประเภทหน่วยงาน', AGENCY_KIND_LABELS),
    address: text('ที่อยู่'),
    phone: text('โทรศัพท์'),
    email: text('อีเมล'),
    contactName: text('ผู้ประสานงาน'),
    active: yesNo('ยังใช้งาน'),
  },
  pressRequests: {
    agencyId: ref('หน่วยงาน', 'agencies'),
    contactName: text('ผู้ประสานงาน'),
    contactPhone: text('โทรศัพท์ผู้ประสานงาน'),
    title: text('เรื่อง'),
    eventDate: date('วันที่จัดงาน'),
    eventTime: { label: 'เวลา', show: 'time' },
    place: text('สถานที่'),
    services: { label: 'บริการที่ขอ', show: 'list' },
    assignedStaffId: ref('ผู้รับผิดชอบ', 'staff'),
    status: choice('สถานะ', { new: 'รับคำขอ', assigned: 'มอบหมายแล้ว', done: 'เสร็จแล้ว', cancelled: 'ยกเลิก' }),
    note: text('หมายเหตุ'),
  },
  complaints: {
    yearBE: null,
    seq: null,
    receivedDate: date('วันที่รับเรื่อง'),
    channel: choice('ช่องทาง', COMPLAINT_CHANNEL_LABELS),
    consent: yesNo('ยินยอมให้เก็บชื่อและช่องทางติดต่อ'),
    complainantName: text('ชื่อผู้ร้อง'),
    complainantPhone: text('โทรศัพท์'),
    complainantEmail: text('อีเมล'),
    complainantAddress: text('ที่อยู่'),
    subject: text('เรื่อง'),
    details: text('รายละเอียด'),
    category: choice('ประเภท', COMPLAINT_CATEGORY_LABELS),
    subcategory: choice('ประเภทย่อย', COMPLAINT_SUBCATEGORY_LABELS),
    complaintType: choice('ลักษณะเรื่อง', COMPLAINT_TYPE_LABELS),
    assigneeId: ref('ผู้รับผิดชอบ', 'staff'),
    attachments: { label: 'เอกสารแนบ', show: 'files' },
    erasedAt: instant('วันที่ลบข้อมูลส่วนบุคคล'),
  },
  complaintSteps: {
    complaintId: null,
    kind: choice('ขั้นตอน', COMPLAINT_STEP_LABELS),
    date: date('วันที่'),
    staffId: ref('ผู้ดำเนินการ', 'staff'),
    note: text('บันทึก'),
    agencyId: ref('หน่วยงานที่ส่งต่อ', 'agencies'),
    letterNo: text('เลขที่หนังสือ'),
    replyDueDate: date('กำหนดตอบกลับ'),
  },
  surveyResponses: {
    surveyId: ref('แบบสำรวจ', 'surveys'),
    serial: text('เลขที่แบบสอบถาม'),
    answers: { label: 'คำตอบ', show: 'answers' },
    status: choice('สถานะ', { partial: 'ตอบบางส่วน', final: 'ตอบครบ' }),
    mode: choice('วิธีบันทึก', { keyed: 'บันทึกจากกระดาษ', kiosk: 'ตอบที่ตู้บริการ', import: 'นำเข้าจากไฟล์' }),
    keying: choice('การบันทึกซ้ำ', { first: 'บันทึกครั้งที่ 1', second: 'บันทึกครั้งที่ 2' }),
  },
  dataRequests: {
    yearBE: null,
    seq: null,
    receivedDate: date('วันที่รับคำขอ'),
    channel: choice('ช่องทาง', DATA_REQUEST_CHANNEL_LABELS),
    kind: choice('ประเภทคำขอ', DATA_REQUEST_KIND_LABELS),
    requesterName: text('ผู้ยื่นคำขอ'),
    requesterContact: text('ช่องทางติดต่อผู้ยื่น'),
    onBehalf: yesNo('ยื่นแทนเจ้าของข้อมูล'),
    identityCheck: text('การตรวจสอบตัวตน'),
    subjectTable: null,
    subjectId: null,
    details: text('รายละเอียดคำขอ'),
    status: choice('สถานะ', DATA_REQUEST_STATUS_LABELS),
    answeredDate: date('วันที่ตอบ'),
    answer: text('ผลการดำเนินการ'),
    handledBy: ref('ผู้ดำเนินการ', 'staff'),
  },
};

/** Thai names of the record kinds as the export titles its sections. */
export const ACCESS_SECTION_TITLES: Readonly<Record<string, string>> = {
  staff: 'ข้อมูลเจ้าหน้าที่และบัญชีผู้ใช้',
  staffCredentials: 'รหัสเข้าใช้งาน',
  taskComments: 'ความเห็นในงาน',
  workLinks: 'ผลงานที่เชื่อมกับภารกิจ',
  institutions: 'ข้อมูลผู้ประสานงานสถานศึกษา',
  interns: 'ข้อมูลนักศึกษาฝึกงาน',
  internAttendance: 'การลงเวลาปฏิบัติงาน',
  internWorkLogs: 'บันทึกการปฏิบัติงาน',
  internEvaluations: 'ผลการประเมินการฝึกงาน',
  mediaContacts: 'ข้อมูลในทะเบียนสื่อมวลชน',
  pressSends: 'ประวัติการส่งข่าวถึงท่าน',
  agencies: 'ข้อมูลผู้ประสานงานหน่วยงาน',
  pressRequests: 'คำขอรับบริการข่าว',
  complaints: 'เรื่องร้องเรียน',
  complaintSteps: 'ขั้นตอนการดำเนินการเรื่องร้องเรียน',
  surveyResponses: 'แบบสอบถาม',
  dataRequests: 'คำขอใช้สิทธิเกี่ยวกับข้อมูลส่วนบุคคล',
};
