import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, documentImageSchema, isoDateSchema, renderOptionsSchema, signatureSchema } from './document-parts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('documentImageSchema', () => {
  it('accepts PNG and JPEG bytes that match their type', () => {
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: PNG }).success).toBe(true);
    expect(documentImageSchema.safeParse({ mime: 'image/jpeg', bytes: JPEG }).success).toBe(true);
  });

  it('refuses a file that is not what it claims, an empty one and a huge one', () => {
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: JPEG }).success).toBe(false);
    expect(documentImageSchema.safeParse({ mime: 'image/jpeg', bytes: new TextEncoder().encode('<svg/>') }).success).toBe(false);
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: new Uint8Array() }).success).toBe(false);
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(PNG);
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: huge }).success).toBe(false);
  });

  it('refuses a PNG whose header claims 40000×40000 pixels before the print engine decodes it (issue 19)', () => {
    const ihdr = (side: number) => new Uint8Array([...PNG, 0x49, 0x48, 0x44, 0x52, 0, 0, side >> 8, side & 0xff, 0, 0, side >> 8, side & 0xff, 8, 6, 0, 0, 0]);
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: ihdr(40000) })).toMatchObject({ success: false, error: { issues: [{ message: 'validation.imageSize' }] } });
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: ihdr(1000) }).success).toBe(true);
  });

  it('refuses other image types and non-byte payloads', () => {
    expect(documentImageSchema.safeParse({ mime: 'image/svg+xml', bytes: PNG }).success).toBe(false);
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: [...PNG] }).success).toBe(false);
    expect(documentImageSchema.safeParse({ mime: 'image/png', bytes: 'iVBORw0KGgo=' }).success).toBe(false);
  });
});

describe('isoDateSchema', () => {
  it('takes real calendar dates only', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('15/01/2568').success).toBe(false);
    expect(isoDateSchema.safeParse('2025-01-15T10:00:00Z').success).toBe(false);
  });
});

describe('signature and options', () => {
  it('trims names and refuses control characters', () => {
    expect(signatureSchema.parse({ name: ' นายสมชาย ใจดี ', position: 'ผู้อำนวยการ' }).name).toBe('นายสมชาย ใจดี');
    expect(signatureSchema.safeParse({ name: 'a\u0007b', position: 'x' }).success).toBe(false);
    expect(signatureSchema.safeParse({ name: '', position: 'x' }).success).toBe(false);
  });

  it('needs the digit style stated, nothing else', () => {
    expect(renderOptionsSchema.safeParse({ thaiDigits: true }).success).toBe(true);
    expect(renderOptionsSchema.safeParse({}).success).toBe(false);
    expect(renderOptionsSchema.safeParse({ thaiDigits: false, extra: 1 }).success).toBe(false);
  });
});
