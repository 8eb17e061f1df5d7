import { describe, expect, it } from 'vitest';
import { firstMessage } from './use-record-form';

describe('firstMessage', () => {
  it('finds a problem with one line of a one-per-line list (react-hook-form nests it by index)', () => {
    const errors = { keyMessages: [{ proofPoints: [undefined, undefined, { type: 'too_big', message: 'validation.tooLong' }] }] };
    expect(firstMessage(errors.keyMessages[0]?.proofPoints)).toBe('validation.tooLong');
  });

  it("prefers the list's own message, and the list-wide one react-hook-form keeps under root", () => {
    expect(firstMessage({ message: 'validation.required', type: 'too_small' })).toBe('validation.required');
    expect(firstMessage({ root: { message: 'briefings.validation.tooManyKeyMessages' } })).toBe('briefings.validation.tooManyKeyMessages');
  });

  it('does not walk into the field element a message points at, and is empty without one', () => {
    const element: Record<string, unknown> = { message: 'not a form message' };
    element.self = element;
    expect(firstMessage({ type: 'custom', ref: element })).toBeUndefined();
    expect(firstMessage(undefined)).toBeUndefined();
    expect(firstMessage([])).toBeUndefined();
  });
});
