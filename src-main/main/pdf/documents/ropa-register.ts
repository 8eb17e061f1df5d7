import type { Content, DocDefinition } from 'pdfmake';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import type { RopaActivityEntry, RopaRegisterDocument } from '../../../shared/pdf/ropa-register';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { signatureBlock } from '../layout/signature';
import { dataTable, type TableCell } from '../layout/table';

export const ROPA_TITLE = 'บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล';

const n = (value: number) => value.toLocaleString('en-US');

/** One activity: its title, then what the PDPA asks for as label/value rows. */
function activityBlock(activity: RopaActivityEntry, index: number): Content[] {
  const stored = activity.stored.map((s) => `${s.label}${s.records === null ? '' : ` (${n(s.records)} รายการ)`}`).join(', ');
  const rows: TableCell[][] = [
    ['เจ้าของข้อมูล', activity.subject],
    ['ประเภทข้อมูล', activity.categories.join(', ')],
    ['วัตถุประสงค์', activity.purpose],
    ['ฐานทางกฎหมาย', activity.lawfulBasis],
    ['แหล่งที่มา', activity.source],
    ['ระยะเวลาเก็บรักษา', activity.retention],
    ['ผู้รับข้อมูล', activity.recipients],
    ['ที่จัดเก็บในระบบ', stored],
    ['มาตรการรักษาความปลอดภัย', activity.security],
  ];
  return [
    { text: `${index + 1}. ${activity.title}`, bold: true, fontSize: 18, headlineLevel: 1, margin: [0, cm(0.4), 0, cm(0.1)] },
    dataTable(
      [
        { header: 'หัวข้อ', width: cm(4.6) },
        { header: 'รายละเอียด', width: '*' },
      ],
      rows,
      { fontSize: 14 },
    ),
  ];
}

/** The office's ROPA (PDPA s.39): letterhead, who the controller is, one block per activity, signature. */
export function buildRopaRegister(register: RopaRegisterDocument, options: RenderOptions): DocDefinition {
  const content: Content[] = [
    officeLetterhead(register.letterhead),
    { text: ROPA_TITLE, bold: true, fontSize: 20, alignment: 'center', margin: [0, cm(0.3), 0, 0] },
    { text: 'ตามมาตรา 39 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562', alignment: 'center' },
    { text: `จัดทำเมื่อ ${formatThaiDateLong(register.preparedOn)}`, alignment: 'center', margin: [0, 0, 0, cm(0.3)] },
    {
      text: [
        { text: 'ผู้ควบคุมข้อมูลส่วนบุคคล: ', bold: true },
        `${register.letterhead.officeName} ${register.controllerContact}`,
      ],
    },
    {
      text: 'รายการนี้จัดทำจากข้อมูลที่ระบบ PR Desk จัดเก็บจริง (ช่องข้อมูลที่ระบุว่าเป็นข้อมูลส่วนบุคคลในโครงสร้างข้อมูล) และจำนวนรายการ ณ วันที่จัดทำ',
      color: '#444444',
      margin: [0, cm(0.1), 0, 0],
    },
    ...register.activities.flatMap(activityBlock),
    {
      stack: [
        { text: 'ลงชื่อ ...................................... ผู้ควบคุมข้อมูลส่วนบุคคล', alignment: 'center', margin: [TEXT_WIDTH * 0.2, cm(1.5), 0, 0] },
        signatureBlock(register.signer, { spaceToSign: cm(0.1) }),
      ],
      unbreakable: true,
    },
  ];
  const images: Record<string, string> = {};
  if (register.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(register.letterhead.logo);
  return governmentDocument(
    content,
    {
      title: ROPA_TITLE,
      author: register.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
      runningFooter: `${ROPA_TITLE} · ${register.letterhead.officeName}`,
    },
    images,
  );
}
