export type Paper = 'letter' | 'a4';

/** US and Canada (and a few others) print on Letter; most of the world on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'BZ']);

export function defaultPaper(locale: string): Paper {
  let region = '';
  try {
    region = new Intl.Locale(locale).maximize().region ?? '';
  } catch {
    region = locale.split(/[-_]/)[1]?.toUpperCase() ?? '';
  }
  return LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
