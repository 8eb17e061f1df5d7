import { THAI_LONG_UNITS, formatWorkedTime, hoursToMinutes } from '../../../shared/domain/internship-hours';
import type { Letterhead } from '../../../shared/pdf/document-parts';
import type { PrintedIntern } from '../../../shared/pdf/internship';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE } from '../layout/letterhead';

/**
 * Wording shared by the internship certificate and the evaluation, so both documents describe
 * an intern in the same words.
 */

/**
 * A number as Thai documents print it: grouped, and only as many decimals as it needs, up to
 * `maxDecimals` ("312", "287.5", never "312.0").
 */
export function formatAmount(value: number, maxDecimals: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: maxDecimals });
}

/** "27 ชั่วโมง 45 นาที": the hours exactly, in the shared formatter's words for documents (never "27.8 ชั่วโมง"). */
export function hoursText(hours: number): string {
  return formatWorkedTime(hoursToMinutes(hours), THAI_LONG_UNITS);
}

/** A long date that never breaks across lines: a day torn from its month reads wrong. */
export function unbrokenDate(iso: string): string {
  return formatThaiDateLong(iso).replace(/ /g, '\u00a0');
}

/** "ตั้งแต่วันที่ 1 มิถุนายน 2569 ถึงวันที่ 31 กรกฎาคม 2569" */
export function internshipPeriod(intern: Pick<PrintedIntern, 'startDate' | 'endDate'>): string {
  return `ตั้งแต่วันที่ ${unbrokenDate(intern.startDate)} ถึงวันที่ ${unbrokenDate(intern.endDate)}`;
}

/**
 * "คณะวิทยาการจัดการ สาขาวิชานิเทศศาสตร์". The faculty is printed as the institution names it
 * (a college may say แผนกวิชา, not คณะ); the programme is stored bare ("นิเทศศาสตร์"), so
 * สาขาวิชา is added unless the office already typed it.
 */
export function studyText(intern: Pick<PrintedIntern, 'faculty' | 'programme'>): string {
  const programme = intern.programme === '' || intern.programme.startsWith('สาขา') ? intern.programme : `สาขาวิชา${intern.programme}`;
  return [intern.faculty, programme].filter(Boolean).join(' ');
}

/** The Thai name, with the English one in brackets when recorded (institutions abroad read it). */
export function internName(intern: Pick<PrintedIntern, 'fullName' | 'fullNameEn'>): string {
  return intern.fullNameEn ? `${intern.fullName} (${intern.fullNameEn})` : intern.fullName;
}

/** DocDefinition.images for a letterhead: the logo under the name the letterhead blocks use. */
export function letterheadImages(letterhead: Letterhead): Record<string, string> {
  return letterhead.logo ? { [LOGO_IMAGE]: imageDataUrl(letterhead.logo) } : {};
}
