import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcError } from '../platform';
import { saveFileWithNotice } from './notify';

vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

// The key and its values, so a test sees which text was chosen.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;
const shown = () => vi.mocked(notifications.show).mock.calls.map(([notice]) => notice);

describe('saveFileWithNotice', () => {
  beforeEach(() => vi.mocked(notifications.show).mockClear());

  it('says where the file went', async () => {
    await saveFileWithNotice(t, () => Promise.resolve({ filePath: '/home/somchai/ทะเบียน.xlsx' }));
    expect(shown()).toEqual([{ color: 'teal', message: 'common.fileSaved {"path":"/home/somchai/ทะเบียน.xlsx"}' }]);
  });

  it("says why main refused, in the user's language", async () => {
    await saveFileWithNotice(t, () => Promise.reject(new IpcError({ code: 'io-failure' })));
    expect(shown()).toEqual([{ color: 'red', title: undefined, message: 'errors.ipc.io-failure' }]);
  });

  it('calls anything else an internal error, and never throws', async () => {
    await expect(saveFileWithNotice(t, () => Promise.reject(new Error('boom')))).resolves.toBeUndefined();
    expect(shown()).toEqual([{ color: 'red', title: undefined, message: 'errors.ipc.internal' }]);
  });

  it('says nothing when the save dialog was closed', async () => {
    await saveFileWithNotice(t, () => Promise.reject(new IpcError({ code: 'cancelled' })));
    expect(shown()).toEqual([]);
  });
});
