import { Select, type SelectProps } from '@mantine/core';
import type { MissionRecord } from '../../data';
import { useMissions } from './data';
import { missionLabel } from './model/mission-label';

export type MissionSelectProps = Omit<SelectProps, 'data'> & {
  /** List archived missions too (filters and reports over past work); off for new work. */
  includeArchived?: boolean;
  /** The option text; "3. ประชาสัมพันธ์…" unless a module words it otherwise. */
  optionLabel?: (mission: MissionRecord) => string;
  /** Render nothing until the missions have loaded, rather than an empty picker at first. */
  hideUntilLoaded?: boolean;
};

/**
 * The one mission picker: the office's missions in their order, searchable. Every other prop
 * (label, value, onChange, clearable, error, …) goes to Mantine's Select as given.
 */
export function MissionSelect({ includeArchived = false, optionLabel = missionLabel, hideUntilLoaded = false, ...props }: MissionSelectProps) {
  const missions = useMissions(includeArchived);
  if (hideUntilLoaded && missions === undefined) return null;
  return <Select searchable data={(missions ?? []).map((m) => ({ value: m.id, label: optionLabel(m) }))} {...props} />;
}
