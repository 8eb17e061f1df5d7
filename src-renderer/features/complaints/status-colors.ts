import type { ComplaintStepKind } from '../../../src-main/shared/domain/complaint';

export const STATUS_COLORS: Record<ComplaintStepKind, string> = {
  received: 'blue',
  reviewing: 'cyan',
  forwarded: 'violet',
  awaiting: 'yellow',
  notified: 'indigo',
  closed: 'teal',
};
