import { describe, expect, it } from 'vitest';
import { emptyBriefing } from '../../../../src-main/shared/domain/briefing';
import { errorKey, validateBriefing } from './briefing-form';

describe('validateBriefing', () => {
  it('reports each bad field by its path, as an i18n key', () => {
    const result = validateBriefing({ ...emptyBriefing('2026-11-23'), title: '', facts: [{ statement: 'ตัวเลข', source: '', asOf: '' }] });
    expect(result).toEqual({ ok: false, errors: { title: 'validation.required', 'facts.0.source': 'validation.required' } });
  });
  it('passes a valid briefing through', () => {
    expect(validateBriefing({ ...emptyBriefing('2026-11-23'), title: 'น้ำท่วม' }).ok).toBe(true);
  });
  it('turns foreign zod messages into the generic key', () => {
    expect(errorKey('Invalid input')).toBe('validation.invalid');
    expect(errorKey('briefings.validation.tooManyKeyMessages')).toBe('briefings.validation.tooManyKeyMessages');
  });
});
