// What the dashboard reads that no feature owns: the outbox's unsent changes (undefined while loading).
export { useUnpublishedCount as usePendingChangeCount } from '../../../data';
export { useAgendaItems } from './use-agenda-items';
