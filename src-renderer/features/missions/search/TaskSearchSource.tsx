import { useTranslation } from 'react-i18next';
import { containsEveryWord } from '../../../../src-main/shared/text/thai-words';
import { formatThaiDateShort } from '../../../../src-main/shared/text/thai-date';
import type { SearchSourceProps } from '../../../ui/feature-manifest';
import { SearchHits, type SearchHit } from '../../../ui/SearchHits';
import { useMissions, useTasks } from '../data';

/**
 * Missions (by title) and tasks (by title or details) in the search of the whole app. A task
 * opens in the task list with its drawer open; open tasks come before finished ones.
 */
export function TaskSearchSource({ query, limit, onCount, onOpen }: SearchSourceProps) {
  const { t } = useTranslation();
  const missions = useMissions(true);
  const tasks = useTasks();
  let hits: SearchHit[] | undefined;
  if (missions && tasks) {
    const missionHits = missions
      .filter((m) => containsEveryWord(m.title, query))
      .map((m) => ({ id: m.id, to: `/missions/m/${m.id}`, title: `${m.no}. ${m.title}`, detail: t('tasks.search.mission') }));
    const finished = (status: string) => status === 'done' || status === 'cancelled';
    const taskHits = tasks
      .filter((task) => containsEveryWord(`${task.title} ${task.details}`, query))
      .sort((a, b) => Number(finished(a.status)) - Number(finished(b.status)) || (b.dueDate ?? '').localeCompare(a.dueDate ?? ''))
      .map((task) => ({
        id: task.id,
        to: `/missions?task=${encodeURIComponent(task.id)}`,
        title: task.title,
        detail: [t('tasks.search.task'), t(`tasks.status.${task.status}`), task.dueDate ? t('tasks.search.due', { date: formatThaiDateShort(task.dueDate) }) : ''].filter(Boolean).join(' · '),
      }));
    hits = [...missionHits, ...taskHits].slice(0, limit);
  }
  return <SearchHits title={t('tasks.search.title')} hits={hits} testId="search-tasks" onCount={onCount} onOpen={onOpen} />;
}
