import { createTheme } from '@mantine/core';

/**
 * Sarabun is the typeface Thai government documents use; it also carries Latin, so Thai and
 * English sit on one baseline. Line height is generous so stacked tone marks (ปู่, ญี่ปุ่น)
 * are never clipped.
 */
export const theme = createTheme({
  fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif',
  headings: { fontFamily: 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif', fontWeight: '600' },
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontSizes: { xs: '13px', sm: '15px', md: '16px', lg: '18px', xl: '20px' },
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.7', lg: '1.7', xl: '1.7' },
});
