import type { z } from 'zod';
import { missionSchema, type Mission } from '../../../../src-main/shared/domain/mission';
import { thaiText } from '../../../../src-main/shared/domain/validation';

/** The mission form: plan links are typed one per line; order and archive are set elsewhere. */
export const missionFormSchema = missionSchema
  .omit({ planLinks: true, order: true, archived: true })
  .extend({ planLinksText: thaiText({ max: 6_000 }) })
  .refine((form) => toPlanLinks(form.planLinksText).every((line) => line.length <= 300), {
    message: 'validation.tooLong',
    path: ['planLinksText'],
  });
export type MissionForm = z.infer<typeof missionFormSchema>;

export function toPlanLinks(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function missionToForm(mission: Mission): MissionForm {
  const { planLinks, order: _order, archived: _archived, ...rest } = mission;
  return { ...rest, planLinksText: planLinks.join('\n') };
}

export function formToMissionFields(form: MissionForm): Omit<Mission, 'order' | 'archived'> {
  const { planLinksText, ...rest } = form;
  return { ...rest, planLinks: toPlanLinks(planLinksText) };
}
