import { describe, expect, it } from 'vitest';
import { TABLE_SCHEMAS } from '../../../src-main/shared/domain/table-schemas';
import { objectShape } from '../../../src-main/shared/sync/op-validation';
import { OPTION_FIELDS, optionLabelKey } from './conflict-options';
import { hasThaiText as hasKey } from '../../../tests/fixtures/renderer/app-texts';

/** The options a choice field (or a list of choices) allows, read from its schema. */
function optionsOf(table: string, field: string): string[] {
  const schema = objectShape(TABLE_SCHEMAS[table as keyof typeof TABLE_SCHEMAS])?.[field] as unknown as { def: { type: string; element?: unknown; innerType?: unknown; in?: unknown; entries?: Record<string, string> } };
  let def = schema.def;
  while (!def.entries) {
    const next = (def.element ?? def.innerType ?? def.in) as typeof schema | undefined;
    if (!next) throw new Error(`${table}.${field} is not a choice field (${def.type})`);
    def = next.def;
  }
  return Object.values(def.entries);
}

describe('optionLabelKey', () => {
  it('finds the form label of every option of every mapped choice field', () => {
    for (const mapped of OPTION_FIELDS) {
      const [table, field] = mapped.split('.') as [string, string];
      for (const option of optionsOf(table, field)) expect(optionLabelKey(table, field, option, hasKey), `${mapped}=${option}`).toBeDefined();
    }
  });

  it('shows a value that is not an option as it is', () => {
    expect(optionLabelKey('tasks', 'status', 'unknown-status', hasKey)).toBeUndefined();
    expect(optionLabelKey('tasks', 'title', 'done', hasKey)).toBeUndefined();
  });
});
