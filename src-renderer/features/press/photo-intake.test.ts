import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const platform = vi.hoisted(() => ({ putBlob: vi.fn(), readBlobBytes: vi.fn() }));
vi.mock('../../platform', () => ({ MAX_BLOB_BYTES: 25 * 1024 * 1024, ...platform }));

import { pngHeader } from '../../ui/test-png';
import { intakePhoto, PhotoError, printCopy } from './photo-intake';

const decodes = vi.fn();
beforeEach(() => {
  vi.stubGlobal('createImageBitmap', decodes);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

async function refusal(file: File): Promise<PhotoError> {
  const error: unknown = await intakePhoto(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PhotoError);
  return error as PhotoError;
}

describe('photo intake refuses hostile files before decoding or storing (issue 19)', () => {
  it('an SVG renamed .jpg is not an image', async () => {
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], 'ภาพกิจกรรม.jpg', { type: 'image/jpeg' });
    expect((await refusal(svg)).problem).toBe('notImage');
    expect(decodes).not.toHaveBeenCalled();
    expect(platform.putBlob).not.toHaveBeenCalled();
  });

  it('a 40000×40000 PNG header is refused in well under a second, never decoded nor stored', async () => {
    const started = performance.now();
    const error = await refusal(new File([pngHeader(40000, 40000)], 'bomb.png', { type: 'image/png' }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toMatchObject({ problem: 'tooManyPixels', fileName: 'bomb.png' });
    expect(decodes).not.toHaveBeenCalled();
    expect(platform.putBlob).not.toHaveBeenCalled();
  });

  it('a 24 MP camera photo reaches the decoder', async () => {
    decodes.mockRejectedValue(new Error('not a real photo'));
    expect((await refusal(new File([pngHeader(6000, 4000)], 'camera.png'))).problem).toBe('corrupt');
    expect(decodes).toHaveBeenCalledTimes(1);
  });

  it('a stored photo over the cap (arrived by sync) is not decoded for print', async () => {
    platform.readBlobBytes.mockResolvedValue(pngHeader(40000, 40000));
    expect(await printCopy('a'.repeat(64))).toBeNull();
    expect(decodes).not.toHaveBeenCalled();
  });
});
