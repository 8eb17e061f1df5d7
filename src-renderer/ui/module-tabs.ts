import type { RouteTab } from './RouteTabs';

/**
 * A module's screens as RouteTabs: the first is the module's own address (`/<module>`), each other
 * one `/<module>/<value>`, labelled `<module>.tabs.<value>`.
 */
export function moduleTabs<const V extends string>(module: string, values: readonly [V, ...V[]]): readonly RouteTab<V>[] {
  return values.map((value, i) => ({ value, to: i === 0 ? `/${module}` : `/${module}/${value}`, labelKey: `${module}.tabs.${value}` }));
}
