import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { PDF_SAMPLES, allPdfSamples } from './index';
import { emblemPng } from './emblem-png';

describe('PDF samples', () => {
  it('cover every document kind with valid requests and unique names', () => {
    const samples = allPdfSamples();
    const kinds = new Set(samples.map((s) => s.request.document.kind));
    expect([...kinds].sort()).toEqual(Object.keys(PDF_SAMPLES).sort());
    expect(new Set(samples.map((s) => s.name)).size).toBe(samples.length);
    for (const sample of samples) {
      const parsed = pdfRenderRequestSchema.safeParse(sample.request);
      expect(parsed.success, `${sample.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('draw their logo as a real PNG', () => {
    const png = emblemPng(16);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(png.slice(12, 16)).toString('latin1')).toBe('IHDR');
    expect(new DataView(png.buffer).getUint32(16)).toBe(16);
  });
});
