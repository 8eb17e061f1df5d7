import { ROPA_SECURITY, ropaRegister } from '../../../shared/pdpa/ropa';
import { ropaDocumentActivities, type RopaRegisterDocument } from '../../../shared/pdf/ropa-register';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

/** A provincial office's register with a year's records counted. */
export function sampleRopaRegister(): RopaRegisterDocument {
  const counts = { interns: 18, internAttendance: 1_260, internWorkLogs: 940, internEvaluations: 18, workLinks: 2_310, complaints: 212, complaintSteps: 830, mediaContacts: 146, pressSends: 9_870, pressConferences: 24, staff: 23, staffCredentials: 23, taskComments: 4_120, institutions: 9, agencies: 64, pressRequests: 188, surveyResponses: 1_450, officeProfile: 1, briefings: 41, pressReleases: 1_020, pressStatements: 12, qaBank: 96, dataRequests: 7 };
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'ropa-register',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    preparedOn: '2026-12-06',
    controllerContact: `${address} โทร. ${phone} อีเมล ${email}`,
    activities: ropaDocumentActivities(ropaRegister(counts), ROPA_SECURITY),
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

export function ropaRegisterSamples(): PdfSample[] {
  return [{ name: 'ropa-register', request: { document: sampleRopaRegister(), options: { thaiDigits: false } } }];
}
