import type { ChoiceOption, Question, Survey } from '../../../../src-main/shared/domain/survey';

/** The paper form's rating boxes: 5 มากที่สุด … 1 น้อยที่สุด. */
export const RATING_5: ChoiceOption[] = [
  { code: 5, label: 'มากที่สุด' },
  { code: 4, label: 'มาก' },
  { code: 3, label: 'ปานกลาง' },
  { code: 2, label: 'น้อย' },
  { code: 1, label: 'น้อยที่สุด' },
];

function options(labels: string[]): ChoiceOption[] {
  return labels.map((label, i) => ({ code: i + 1, label }));
}

const base = { required: true, profile: null, showIf: null, min: null, max: null } as const;

/** ตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม: the same four profile questions in every template. */
function profileQuestions(sectionId: string): Question[] {
  return [
    { ...base, id: 'sex', sectionId, type: 'single', text: 'เพศ', profile: 'sex', options: options(['ชาย', 'หญิง', 'ไม่ระบุ']) },
    {
      ...base,
      id: 'age',
      sectionId,
      type: 'single',
      text: 'อายุ',
      profile: 'age',
      options: options(['ต่ำกว่า 20 ปี', '20–29 ปี', '30–39 ปี', '40–49 ปี', '50–59 ปี', '60 ปีขึ้นไป']),
    },
    {
      ...base,
      id: 'occupation',
      sectionId,
      type: 'single',
      text: 'อาชีพ',
      profile: 'occupation',
      options: options(['ข้าราชการ/พนักงานของรัฐ', 'พนักงานรัฐวิสาหกิจ', 'พนักงานบริษัทเอกชน', 'ค้าขาย/ธุรกิจส่วนตัว', 'เกษตรกร', 'นักเรียน/นักศึกษา', 'อื่น ๆ']),
    },
    { ...base, id: 'district', sectionId, type: 'single', text: 'อำเภอที่อาศัย', profile: 'district', options: options(['อำเภอเมือง', 'อำเภออื่น']) },
  ];
}

function rating(id: string, sectionId: string, text: string): Question {
  return { ...base, id, sectionId, type: 'rating', text, options: RATING_5 };
}

export type SurveyDraft = Omit<Survey, 'version' | 'previousVersionId' | 'locked' | 'superseded'>;

export const SURVEY_TEMPLATES = ['satisfaction', 'awareness'] as const;
export type SurveyTemplate = (typeof SURVEY_TEMPLATES)[number];

export const TEMPLATE_TITLES: Record<SurveyTemplate, string> = {
  satisfaction: 'ความพึงพอใจต่อการให้บริการ',
  awareness: 'การรับรู้ข่าวสาร',
};

export function surveyFromTemplate(template: SurveyTemplate): SurveyDraft {
  if (template === 'satisfaction')
    return {
      title: 'แบบสอบถามความพึงพอใจต่อการให้บริการ',
      description: 'โปรดทำเครื่องหมายในช่องที่ตรงกับความคิดเห็นของท่าน',
      bandScheme: 'width050',
      sections: [
        { id: 's1', title: 'ตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม' },
        { id: 's2', title: 'ด้านกระบวนการให้บริการ' },
        { id: 's3', title: 'ด้านเจ้าหน้าที่ผู้ให้บริการ' },
        { id: 's4', title: 'ด้านสิ่งอำนวยความสะดวก' },
        { id: 's5', title: 'ข้อเสนอแนะ' },
      ],
      questions: [
        ...profileQuestions('s1'),
        rating('q1', 's2', 'ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน'),
        rating('q2', 's2', 'ความรวดเร็วในการให้บริการ'),
        rating('q3', 's3', 'เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี'),
        rating('q4', 's3', 'เจ้าหน้าที่ให้คำแนะนำได้ชัดเจน'),
        rating('q5', 's4', 'สถานที่สะอาด มีที่นั่งรอเพียงพอ'),
        { ...base, id: 'comment', sectionId: 's5', type: 'longtext', text: 'ข้อเสนอแนะเพิ่มเติม', required: false, options: [] },
      ],
    };
  return {
    title: 'แบบสอบถามการรับรู้ข่าวสารของทางราชการ',
    description: 'โปรดทำเครื่องหมายในช่องที่ตรงกับความเป็นจริง',
    bandScheme: 'width050',
    sections: [
      { id: 's1', title: 'ตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม' },
      { id: 's2', title: 'ช่องทางการรับรู้' },
      { id: 's3', title: 'ระดับการรับรู้' },
      { id: 's4', title: 'ข้อเสนอแนะ' },
    ],
    questions: [
      ...profileQuestions('s1'),
      {
        ...base,
        id: 'heard',
        sectionId: 's2',
        type: 'single',
        text: 'ท่านเคยได้รับข่าวสารจากสำนักงานประชาสัมพันธ์จังหวัดหรือไม่',
        options: options(['เคย', 'ไม่เคย']),
      },
      {
        ...base,
        id: 'channels',
        sectionId: 's2',
        type: 'multiple',
        text: 'ท่านรับข่าวสารผ่านช่องทางใดบ้าง (ตอบได้มากกว่า 1 ข้อ)',
        showIf: { questionId: 'heard', equals: 1 },
        options: options(['วิทยุกระจายเสียง', 'Facebook', 'LINE', 'เว็บไซต์', 'หอกระจายข่าว', 'ป้ายประชาสัมพันธ์']),
      },
      rating('a1', 's3', 'ท่านรับรู้นโยบายสำคัญของรัฐบาล'),
      rating('a2', 's3', 'ท่านรับรู้ข่าวสารของจังหวัด'),
      rating('a3', 's3', 'ข่าวสารที่ได้รับเข้าใจง่ายและนำไปใช้ได้'),
      { ...base, id: 'comment', sectionId: 's4', type: 'longtext', text: 'ข้อเสนอแนะเพิ่มเติม', required: false, options: [] },
    ],
  };
}
