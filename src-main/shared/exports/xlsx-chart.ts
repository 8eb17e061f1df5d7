import { z } from 'zod';
import { thaiText } from '../domain/validation';

/**
 * A chart a report screen drew, sent with its workbook as a PNG (write-excel-file writes cells
 * and pictures, not Excel chart objects; the screen already draws the chart, in the app's own
 * Thai font). Checked at the boundary: a real PNG, a sane size, and its pixel size read from the
 * file itself, never from what the renderer claims.
 */
export const MAX_CHART_PNG_BYTES = 2 * 1024 * 1024;
export const MAX_CHARTS = 8;
const MAX_SIDE = 4_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG's width and height from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.byteLength < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  // IHDR is the first chunk: length (4), "IHDR" (4), then width and height, big-endian.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return null;
  return { width, height };
}

export const xlsxChartSchema = z
  .object({
    title: thaiText({ min: 1, max: 200 }),
    png: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_CHART_PNG_BYTES, { message: 'too large' })
      .refine((bytes) => pngSize(bytes) !== null, { message: 'not a PNG' }),
  })
  .strict();
export type XlsxChart = z.infer<typeof xlsxChartSchema>;

export const xlsxChartsSchema = z.array(xlsxChartSchema).max(MAX_CHARTS);
