import type { Intern } from '../../../../src-main/shared/domain/internship';

/** A valid intern for tests: override what the test is about. */
export function sampleIntern(institutionId: string, overrides: Partial<Intern> = {}): Intern {
  return {
    title: 'นางสาว',
    firstName: 'กนกวรรณ',
    lastName: 'ศรีสุข',
    firstNameEn: 'Kanokwan',
    lastNameEn: 'Srisuk',
    studentId: '6410110123',
    institutionId,
    programme: 'นิเทศศาสตร์',
    phone: '081-234-5678',
    email: 'kanokwan@example.ac.th',
    emergencyContact: 'นางสมใจ ศรีสุข (มารดา) 089-111-2222',
    startDate: '2026-06-01',
    endDate: '2026-07-31',
    requiredHours: 280,
    mentorId: null,
    workGroup: 'public-relations',
    status: 'active',
    photoBlobId: null,
    erasedAt: null,
    ...overrides,
  };
}
