import { ROPA_ACTIVITIES } from '../../../shared/pdpa/ropa';
import type { AccessProcessing, AccessSection, SubjectAccessDocument } from '../../../shared/pdf/subject-access';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

const INTERN_NAME = 'นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์';

/** Working days from 1 June 2026 (Monday), without the Queen's birthday (3 June). */
function workingDays(count: number): string[] {
  const days: string[] = [];
  for (let date = new Date(Date.UTC(2026, 5, 1)); days.length < count; date = new Date(date.getTime() + 86_400_000)) {
    const iso = date.toISOString().slice(0, 10);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6 && iso !== '2026-06-03') days.push(iso);
  }
  return days;
}

const ATTENDANCE_NOTES: Readonly<Record<number, string>> = {
  3: 'ออกปฏิบัติงานนอกสถานที่ ถ่ายภาพกิจกรรมจิตอาสาพัฒนา ณ ชายหาดสมิหลา',
  11: 'ลาป่วย (มีใบรับรองแพทย์)',
  17: 'ติดตามผู้ว่าราชการจังหวัดลงพื้นที่อำเภอสะเดา กลับถึงสำนักงาน 18.10 น.',
  26: 'ลากิจครึ่งวันบ่าย เพื่อสอบกลางภาคออนไลน์ของมหาวิทยาลัย',
};

/** One attendance record per working day: เวลาเข้า, เวลาออก, หมายเหตุ (mostly empty). */
export function sampleAttendance(count: number): AccessSection {
  return {
    title: 'การลงเวลาปฏิบัติงาน',
    records: workingDays(count).map((day, i) => {
      const note = ATTENDANCE_NOTES[i % 40] ?? '';
      const sick = note.startsWith('ลาป่วย');
      const checkIn = sick ? '' : `08.${String(20 + ((i * 7) % 15)).padStart(2, '0')} น.`;
      const checkOut = sick ? '' : note.startsWith('ลากิจครึ่งวันบ่าย') ? '12.00 น.' : note.startsWith('ติดตาม') ? '18.10 น.' : `16.${String(30 + ((i * 5) % 12)).padStart(2, '0')} น.`;
      return {
        heading: formatThaiDateLong(day),
        fields: [
          { label: 'เวลาเข้า', value: checkIn },
          { label: 'เวลาออก', value: checkOut },
          { label: 'หมายเหตุ', value: note },
        ],
      };
    }),
  };
}

/** The intern activity of the office's ROPA, as the copy tells it. */
function internProcessing(): AccessProcessing[] {
  return ROPA_ACTIVITIES.filter((activity) => activity.id === 'internships').map((activity) => ({
    title: activity.title,
    purpose: activity.purpose,
    lawfulBasis: activity.lawfulBasis,
    retention: activity.retention,
    recipients: activity.recipients,
    source: activity.source,
  }));
}

/**
 * A copy for an intern who asked for her data after her internship: her profile, every day she
 * signed in, her work logs, her evaluation, and a kind of record the office holds none of.
 */
export function sampleSubjectAccess(attendanceDays = 40): SubjectAccessDocument {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'subject-access',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    preparedOn: '2026-08-24',
    request: { reference: '3/2569', receivedDate: '2026-08-17', requesterName: INTERN_NAME },
    subject: { kindLabel: 'นักศึกษาฝึกงาน', name: INTERN_NAME },
    processing: internProcessing(),
    sections: [
      {
        title: 'ข้อมูลนักศึกษาฝึกงาน',
        records: [
          {
            heading: INTERN_NAME,
            fields: [
              { label: 'คำนำหน้าชื่อ', value: 'นางสาว' },
              { label: 'ชื่อ', value: 'กัญญาณัฐ' },
              { label: 'นามสกุล', value: 'ศรีสุวรรณวงศ์' },
              { label: 'ชื่อภาษาอังกฤษ', value: 'Kanyanat Srisuwanwong' },
              { label: 'รหัสนักศึกษา', value: '6510613042' },
              { label: 'สถานศึกษา', value: 'มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่' },
              { label: 'คณะ/สาขาวิชา', value: 'คณะวิทยาการจัดการ สาขาวิชานิเทศศาสตร์ ชั้นปีที่ 3' },
              { label: 'โทรศัพท์', value: '08 1234 5678' },
              { label: 'อีเมล', value: 'kanyanat.s@email.psu.ac.th' },
              { label: 'ผู้ติดต่อกรณีฉุกเฉิน', value: 'นางสุภาพร ศรีสุวรรณวงศ์ (มารดา) โทร. 08 9876 5432' },
              { label: 'วันเริ่มฝึกงาน', value: '1 มิถุนายน 2569' },
              { label: 'วันสิ้นสุดการฝึกงาน', value: '31 กรกฎาคม 2569' },
              { label: 'กลุ่มงาน', value: 'กลุ่มงานข่าวและประชาสัมพันธ์' },
              { label: 'รูปถ่าย', value: '' },
            ],
          },
        ],
      },
      sampleAttendance(attendanceDays),
      {
        title: 'บันทึกการปฏิบัติงาน',
        records: [
          {
            heading: 'บันทึกวันที่ 2 มิถุนายน 2569',
            fields: [
              {
                label: 'งานที่ปฏิบัติ',
                value:
                  'ศึกษาระเบียบงานสารบรรณและรูปแบบหนังสือราชการภายนอก ฝึกร่างข่าวประชาสัมพันธ์การประชุมคณะกรมการจังหวัดประจำเดือนมิถุนายน โดยพี่เลี้ยงตรวจแก้ถ้อยคำและการเรียงลำดับประเด็นข่าว แล้วนำเข้าระบบเผยแพร่ข่าวของกรมประชาสัมพันธ์',
              },
              { label: 'ผู้ตรวจ', value: 'นายธนพล แก้วมณี นักประชาสัมพันธ์ชำนาญการ' },
            ],
          },
          {
            heading: 'บันทึกวันที่ 5 มิถุนายน 2569',
            fields: [
              {
                label: 'งานที่ปฏิบัติ',
                value:
                  'ออกปฏิบัติงานนอกสถานที่ร่วมกับทีมข่าว ถ่ายภาพนิ่งและวิดีโอกิจกรรมจิตอาสาพัฒนาทำความสะอาดชายหาดสมิหลา คัดเลือกภาพจำนวน 12 ภาพ เขียนคำบรรยายภาพ และเรียบเรียงข่าวความยาวประมาณหนึ่งหน้ากระดาษเพื่อเผยแพร่ทางเฟซบุ๊กของสำนักงานและส่งให้สื่อมวลชนในพื้นที่',
              },
              { label: 'ผู้ตรวจ', value: 'นายธนพล แก้วมณี นักประชาสัมพันธ์ชำนาญการ' },
            ],
          },
          {
            heading: 'บันทึกวันที่ 24 มิถุนายน 2569',
            fields: [
              {
                label: 'งานที่ปฏิบัติ',
                value:
                  'ติดตามผู้ว่าราชการจังหวัดสงขลาลงพื้นที่อำเภอสะเดาเพื่อตรวจเยี่ยมด่านศุลกากรและรับฟังปัญหาของผู้ประกอบการขนส่งสินค้าชายแดน บันทึกเสียงการให้สัมภาษณ์ ถอดความ และสรุปประเด็นสำคัญเสนอหัวหน้ากลุ่มงานเพื่อใช้ประกอบการจัดทำข่าวและรายการวิทยุ',
              },
              { label: 'ผู้ตรวจ', value: 'นางสาวพิมพ์ชนก ทองสุข หัวหน้ากลุ่มงานข่าวและประชาสัมพันธ์' },
            ],
          },
          {
            heading: 'บันทึกวันที่ 15 กรกฎาคม 2569',
            fields: [
              {
                label: 'งานที่ปฏิบัติ',
                value:
                  'จัดทำอินโฟกราฟิกประชาสัมพันธ์มาตรการป้องกันโรคไข้เลือดออกในฤดูฝนตามข้อมูลของสำนักงานสาธารณสุขจังหวัด ปรับแก้ตามข้อเสนอแนะของพี่เลี้ยงสองครั้ง',
              },
              { label: 'ผู้ตรวจ', value: '' },
            ],
          },
        ],
      },
      {
        title: 'ผลการประเมินการฝึกงาน',
        records: [
          {
            heading: 'ประเมินเมื่อ 31 กรกฎาคม 2569',
            fields: [
              { label: 'ผู้ประเมิน', value: 'นายธนพล แก้วมณี นักประชาสัมพันธ์ชำนาญการ' },
              { label: 'ความรับผิดชอบและการตรงต่อเวลา', value: '5 (ดีมาก)' },
              { label: 'ความรู้ความสามารถในงาน', value: '4 (ดี)' },
              { label: 'การทำงานร่วมกับผู้อื่น', value: '5 (ดีมาก)' },
              { label: 'ความคิดริเริ่มสร้างสรรค์', value: '4 (ดี)' },
              {
                label: 'ความเห็นโดยรวม',
                value: 'ตั้งใจเรียนรู้ ถ่ายภาพและเรียบเรียงข่าวได้รวดเร็ว ควรฝึกการสรุปประเด็นจากการสัมภาษณ์ให้กระชับขึ้น',
              },
            ],
          },
        ],
      },
      { title: 'ผลงานที่เชื่อมกับภารกิจ', records: [] },
    ],
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

export function subjectAccessSamples(): PdfSample[] {
  return [{ name: 'subject-access', request: { document: sampleSubjectAccess(), options: { thaiDigits: false } } }];
}
