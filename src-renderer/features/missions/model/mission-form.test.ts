import { describe, expect, it } from 'vitest';
import { standardMissions } from '../../../data/seed-missions';
import { formToMissionFields, missionFormSchema, missionToForm } from './mission-form';

describe('mission form', () => {
  it('round-trips plan links as lines, dropping blank ones', () => {
    const mission = { ...standardMissions()[0]!, planLinks: ['แผนประชาสัมพันธ์แห่งชาติ ฉบับที่ 3', 'แผนพัฒนาจังหวัดสงขลา พ.ศ. 2566–2570'] };
    const form = missionToForm(mission);
    expect(form.planLinksText).toBe('แผนประชาสัมพันธ์แห่งชาติ ฉบับที่ 3\nแผนพัฒนาจังหวัดสงขลา พ.ศ. 2566–2570');
    expect(formToMissionFields({ ...form, planLinksText: `${form.planLinksText}\n\n  ` }).planLinks).toEqual(mission.planLinks);
  });

  it('rejects a missing title and an overlong plan line with Thai message keys', () => {
    const form = missionToForm(standardMissions()[0]!);
    const result = missionFormSchema.safeParse({ ...form, title: ' ', planLinksText: 'ก'.repeat(301) });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages).toContainEqual(['title', 'validation.required']);
  });
});
