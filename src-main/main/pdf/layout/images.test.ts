import { describe, expect, it } from 'vitest';
import { imageDataUrl } from './images';

describe('imageDataUrl', () => {
  it('makes the data URL pdfmake reads images from', () => {
    expect(imageDataUrl({ mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) })).toBe('data:image/jpeg;base64,/9j/');
  });
});
