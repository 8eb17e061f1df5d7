const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID in some values, at any depth. */
export function referencedIds(values: readonly unknown[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') {
      if (UUID.test(value)) ids.add(value);
    } else if (value !== null && typeof value === 'object' && depth < 8) {
      for (const item of Array.isArray(value) ? value : Object.values(value)) visit(item, depth + 1);
    }
  };
  for (const value of values) visit(value, 0);
  return [...ids];
}
