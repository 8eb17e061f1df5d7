import type { ReleaseContent } from '../../../../src-main/shared/domain/press';
import { thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';

/**
 * The words a release is found by: headline, dateline, lead, body, quotes, tags and its
 * number. The bench seeder computes them with this same function.
 */
export function releaseTerms(content: Pick<ReleaseContent, 'headline' | 'dateline' | 'lead' | 'body' | 'quotes' | 'tags'>, numberLabel = ''): string[] {
  const text = [
    content.headline,
    content.dateline,
    content.lead,
    content.body,
    ...content.quotes.flatMap((q) => [q.speaker, q.text]),
    ...content.tags,
    numberLabel,
  ].join('\n');
  return thaiSearchTerms(text);
}
