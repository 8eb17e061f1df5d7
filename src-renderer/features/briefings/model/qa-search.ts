import { thaiSearchTerms } from '../../../../src-main/shared/text/thai-words';
import type { QaBankItem } from '../../../../src-main/shared/domain/qa-bank';

/** Bank items matching every word typed (Thai words segmented and normalized), topic first. */
export function searchQaBank<T extends QaBankItem>(items: readonly T[], query: string): T[] {
  const terms = thaiSearchTerms(query);
  const matching =
    terms.length === 0
      ? [...items]
      : items.filter((item) => {
          const hay = thaiSearchTerms(`${item.topic} ${item.question} ${item.answer}`).join(' ');
          return terms.every((term) => hay.includes(term));
        });
  return matching.sort((a, b) => a.topic.localeCompare(b.topic, 'th') || a.question.localeCompare(b.question, 'th'));
}
