import type { StackNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from './page';
import { signatureBlock } from './signature';

describe('signatureBlock', () => {
  it('prints (name) over the position, centred on the right, never split across pages', () => {
    const block = signatureBlock({ name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการ' }) as StackNode;
    expect(block.stack).toEqual([
      { text: '(นายสมชาย ใจดี)', alignment: 'center' },
      { text: 'ผู้อำนวยการ', alignment: 'center' },
    ]);
    expect(block.unbreakable).toBe(true);
    expect((block.margin as number[])[0]).toBeCloseTo(TEXT_WIDTH * 0.4);
  });
});
