import { describe, expect, it } from 'vitest';
import { pickedImageProblem } from './image-pick';
import { pngHeader } from './test-png';

describe('office logo / intern photo picked by content (issue 19)', () => {
  it('refuses an SVG or text renamed .jpg, a GIF (letterheads print PNG/JPEG), a 40000×40000 PNG and a cut header', () => {
    expect(pickedImageProblem(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('wrongType');
    expect(pickedImageProblem(new TextEncoder().encode('ตราสัญลักษณ์'))).toBe('wrongType');
    expect(pickedImageProblem(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 10, 0]))).toBe('wrongType');
    expect(pickedImageProblem(pngHeader(40000, 40000))).toBe('tooManyPixels');
    expect(pickedImageProblem(pngHeader(400, 400).subarray(0, 16))).toBe('corrupt');
  });

  it('accepts a PNG logo by its bytes', () => {
    expect(pickedImageProblem(pngHeader(512, 512))).toBeNull();
  });
});
