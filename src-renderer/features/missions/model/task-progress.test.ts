import { describe, expect, it } from 'vitest';
import { rollUpProgress } from './task-progress';

const task = (id: string, parentId: string | null, progress: number, status: 'pending' | 'in-progress' | 'done' | 'cancelled' = 'in-progress') => ({
  id,
  parentId,
  progress,
  status,
});

describe('rollUpProgress', () => {
  it('averages sub-tasks into the parent, leaving cancelled ones out', () => {
    const map = rollUpProgress([
      task('p', null, 0),
      task('a', 'p', 50),
      task('b', 'p', 0, 'done'),
      task('c', 'p', 10, 'cancelled'),
    ]);
    expect(map.get('p')).toBe(75);
    expect(map.get('b')).toBe(100);
  });

  it('rolls up through several levels', () => {
    const map = rollUpProgress([task('p', null, 0), task('a', 'p', 0), task('a1', 'a', 100), task('a2', 'a', 0), task('b', 'p', 50)]);
    expect(map.get('a')).toBe(50);
    expect(map.get('p')).toBe(50);
  });

  it('keeps own progress without sub-tasks and survives a cycle', () => {
    // x → y → x (only a sync conflict can make this): the loop is cut at x's own progress.
    const map = rollUpProgress([task('x', 'y', 30), task('y', 'x', 60)]);
    expect(map.get('y')).toBe(30);
    expect(map.get('x')).toBe(30);
    expect(rollUpProgress([task('solo', null, 40)]).get('solo')).toBe(40);
  });
});
