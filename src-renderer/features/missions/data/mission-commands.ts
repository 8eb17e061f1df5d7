import { createAndUpdate, missionRepo, useDbCommands, type MissionRecord } from '../../../data';
import { moveMission } from './task-actions';

/** Writes to the office's missions. */
export function useMissionCommands() {
  return useDbCommands((db) => ({
    ...createAndUpdate(db, missionRepo),
    /** Swap a mission with its neighbour in `ordered` (the list as shown). */
    move: (ordered: readonly MissionRecord[], id: string, direction: -1 | 1) => moveMission(db, ordered, id, direction),
  }));
}
