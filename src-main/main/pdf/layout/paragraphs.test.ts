import { describe, expect, it } from 'vitest';
import { PARAGRAPH_INDENT, cm } from './page';
import { bodyParagraphs } from './paragraphs';

describe('bodyParagraphs', () => {
  it('indents the first line 2.5 cm and does not justify', () => {
    expect(PARAGRAPH_INDENT).toBeCloseTo(cm(2.5));
    expect(bodyParagraphs(['ก', 'ข'])).toEqual([
      { text: 'ก', leadingIndent: PARAGRAPH_INDENT, alignment: 'left' },
      { text: 'ข', leadingIndent: PARAGRAPH_INDENT, alignment: 'left' },
    ]);
  });
});
