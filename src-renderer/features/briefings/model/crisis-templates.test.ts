import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../../../src-main/shared/domain/briefing';
import { CRISIS_KINDS, crisisBriefing } from './crisis-templates';

describe('crisis templates', () => {
  it.each(CRISIS_KINDS)('%s gives a valid, most urgent draft with a 48-hour checklist, holding statement and contacts', (kind) => {
    const briefing = crisisBriefing(kind, '2026-11-23', 'สงขลา');
    expect(briefingSchema.safeParse(briefing).success).toBe(true);
    expect(briefing.urgency).toBe('most-urgent');
    expect(briefing.status).toBe('draft');
    expect(briefing.checklist.length).toBeGreaterThanOrEqual(8);
    expect(briefing.holdingStatement).not.toBe('');
    expect(briefing.contacts.length).toBeGreaterThan(0);
    expect(briefing.title).toContain('จังหวัดสงขลา');
  });
});
