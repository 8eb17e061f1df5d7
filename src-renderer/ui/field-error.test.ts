import { describe, expect, it } from 'vitest';
import { isDiskFull } from './field-error';

describe('isDiskFull', () => {
  it('recognizes every way Chromium reports a full disk', () => {
    expect(isDiskFull({ name: 'QuotaExceededError' })).toBe(true);
    expect(isDiskFull({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    // LevelDB could not append to its log: the connection closes (seen on a full tmpfs).
    expect(
      isDiskFull({
        name: 'AbortError',
        message: 'UnknownError Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
      }),
    ).toBe(true);
  });

  it('does not call other failures a full disk', () => {
    expect(isDiskFull({ name: 'ConstraintError', message: 'Key already exists' })).toBe(false);
    expect(isDiskFull(null)).toBe(false);
  });
});
