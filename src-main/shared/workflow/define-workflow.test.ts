import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Action } from '../auth/permissions';
import { defineWorkflow, movesBetweenAll, WorkflowDefinitionError, WorkflowTransitionError } from './define-workflow';

const STATES = ['draft', 'review', 'approved', 'published'] as const;

const sample = defineWorkflow({
  name: 'sample',
  states: STATES,
  initial: 'draft',
  transitions: [
    { from: 'draft', to: 'review', event: 'submit' },
    { from: 'review', to: 'approved', event: 'approve', right: 'release.approve' },
    { from: 'review', to: 'draft', event: 'return' },
    { from: 'approved', to: 'published', event: 'publish' },
  ],
});

const director = { staffId: 'd', role: 'director' as const };
const officer = { staffId: 'o', role: 'officer' as const };

describe('defineWorkflow', () => {
  it('infers the state union from the states tuple and the right from the transitions', () => {
    expectTypeOf(sample.initial).toEqualTypeOf<'draft' | 'review' | 'approved' | 'published'>();
    expectTypeOf(sample.rightFor).returns.toEqualTypeOf<'release.approve' | undefined>();
    // @ts-expect-error not a state
    sample.canMove('draft', 'sent');
  });

  it('answers which moves are declared, in declared order', () => {
    expect(sample.states).toEqual(STATES);
    expect(sample.initial).toBe('draft');
    expect(sample.canMove('draft', 'review')).toBe(true);
    expect(sample.canMove('draft', 'approved')).toBe(false);
    expect(sample.canMove('review', 'review')).toBe(false);
    expect(sample.targets('review')).toEqual(['approved', 'draft']);
    expect(sample.targets('published')).toEqual([]);
    expect(sample.transitionsFrom('review').map((t) => t.event)).toEqual(['approve', 'return']);
    expect(sample.transition('review', 'approved')).toEqual({ from: 'review', to: 'approved', event: 'approve', right: 'release.approve' });
    expect(sample.transition('published', 'draft')).toBeUndefined();
  });

  it('names the right of a move and of entering a state', () => {
    expect(sample.rightFor('review', 'approved')).toBe('release.approve');
    expect(sample.rightFor('draft', 'review')).toBeUndefined();
    expect(sample.rightFor('draft', 'published')).toBeUndefined();
    expect(sample.rightInto('approved')).toBe('release.approve');
    expect(sample.rightInto('review')).toBeUndefined();
  });

  it('knows final states and values that are no state', () => {
    expect(sample.isFinal('published')).toBe(true);
    expect(sample.isFinal('approved')).toBe(false);
    expect(sample.isState('review')).toBe(true);
    expect(sample.isState('sent')).toBe(false);
    expect(sample.isState(undefined)).toBe(false);
  });

  it('assertMove returns the move or throws a typed error naming the workflow and both states', () => {
    expect(sample.assertMove('draft', 'review').event).toBe('submit');
    let thrown: unknown;
    try {
      sample.assertMove('draft', 'published');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkflowTransitionError);
    expect(thrown).toMatchObject({ name: 'WorkflowTransitionError', workflow: 'sample', from: 'draft', to: 'published' });
  });

  it('check asks the permission table for guarded moves and wants someone signed in for the rest', () => {
    expect(sample.check(director, 'review', 'approved')).toEqual({ allowed: true });
    expect(sample.check(officer, 'review', 'approved')).toEqual({ allowed: false, reason: 'role', action: 'release.approve' });
    expect(sample.check(null, 'review', 'approved')).toEqual({ allowed: false, reason: 'not-signed-in', action: 'release.approve' });
    expect(sample.check(officer, 'draft', 'review')).toEqual({ allowed: true });
    expect(sample.check(null, 'draft', 'review')).toEqual({ allowed: false, reason: 'not-signed-in', action: 'record.write' });
    expect(() => sample.check(director, 'draft', 'approved')).toThrow(WorkflowTransitionError);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(sample)).toBe(true);
    expect(Object.isFrozen(sample.states)).toBe(true);
    expect(Object.isFrozen(sample.transitions)).toBe(true);
    expect(Object.isFrozen(sample.transitions[0])).toBe(true);
    expect(Object.isFrozen(sample.targets('review'))).toBe(true);
  });

  it('does not share the caller’s arrays', () => {
    const states: ('a' | 'b')[] = ['a'];
    const transitions: { from: 'a' | 'b'; to: 'a' | 'b'; event: string }[] = [{ from: 'a', to: 'a', event: 'stay' }];
    const flow = defineWorkflow({ name: 'copy', states, initial: 'a', transitions });
    states.push('b');
    transitions.push({ from: 'a', to: 'b', event: 'go' });
    expect(flow.states).toEqual(['a']);
    expect(flow.canMove('a', 'b')).toBe(false);
  });
});

describe('defineWorkflow refuses a definition that contradicts itself', () => {
  const base = { name: 'bad', states: ['a', 'b'] as const, initial: 'a' as const };
  // Definitions a type-checked caller could not write: the overrides are untyped, as plain JavaScript's.
  const define = (over: Record<string, unknown>) => () => defineWorkflow({ ...base, transitions: [], ...over });

  it('an unknown state in a transition', () => {
    expect(define({ transitions: [{ from: 'a', to: 'c', event: 'go' }] })).toThrow(WorkflowDefinitionError);
    expect(define({ transitions: [{ from: 'z', to: 'b', event: 'go' }] })).toThrow(/unknown state z/);
  });

  it('the same move declared twice', () => {
    expect(
      define({
        transitions: [
          { from: 'a', to: 'b', event: 'go' },
          { from: 'a', to: 'b', event: 'again' },
        ],
      }),
    ).toThrow(/declared twice/);
  });

  it('an unknown initial state, no states, or a state listed twice', () => {
    expect(define({ initial: 'c' })).toThrow(/initial/);
    expect(define({ states: [], initial: 'a' })).toThrow(/no states/);
    expect(define({ states: ['a', 'b', 'a'] })).toThrow(/twice/);
  });

  it('an event that is no short verb id, or a right the permission table does not have', () => {
    expect(define({ transitions: [{ from: 'a', to: 'b', event: 'Go now' }] })).toThrow(/verb id/);
    expect(define({ transitions: [{ from: 'a', to: 'b', event: 'go', right: 'release.publish' as Action }] })).toThrow(/unknown right/);
  });

  it('guarded moves into one state that name different rights', () => {
    expect(
      define({
        states: ['a', 'b', 'c'],
        transitions: [
          { from: 'a', to: 'c', event: 'go', right: 'release.approve' },
          { from: 'b', to: 'c', event: 'go', right: 'briefing.approve' },
        ],
      }),
    ).toThrow(/different rights/);
  });

  it('accepts a move from a state to itself (a second step of the same kind)', () => {
    expect(define({ transitions: [{ from: 'a', to: 'a', event: 'repeat' }] })).not.toThrow();
  });
});

describe('movesBetweenAll', () => {
  it('gives every move between two different states, named by the state entered, and none to the same state', () => {
    const moves = movesBetweenAll(['open', 'shut', 'gone'] as const, { open: 'open', shut: 'shut', gone: 'remove' });
    expect(moves).toHaveLength(6);
    expect(moves).toContainEqual({ from: 'gone', to: 'open', event: 'open' });
    expect(moves).toContainEqual({ from: 'open', to: 'gone', event: 'remove' });
    expect(moves.some((m) => m.from === m.to)).toBe(false);
    const flow = defineWorkflow({ name: 'door', states: ['open', 'shut', 'gone'] as const, initial: 'open', transitions: moves });
    expect(flow.targets('shut')).toEqual(['open', 'gone']);
  });
});
