import { useDbCommands } from '../../../data';
import { eraseResponse, responseBySerial } from './response-privacy';

/** Finding a questionnaire by its paper number and erasing its answers (PDPA, response-privacy.ts). */
export function useResponseErasure() {
  return useDbCommands((db) => ({
    findBySerial: (surveyId: string, serial: string) => responseBySerial(db, surveyId, serial),
    erase: (responseId: string, reason: string) => eraseResponse(db, responseId, reason),
  }));
}
