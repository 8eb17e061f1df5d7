import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../domain/staff';
import { ACTIONS, PermissionDeniedError, can, canActAsMentor, canSeeComplainant, canApprove, deny, enforce, rolesFor, type Action, type Actor } from './permissions';

/**
 * The rights table written out by hand (issue 19, DESIGN.md §8): one row per action, one column
 * per role, in STAFF_ROLES order. A change to ROLE_RIGHTS must change this table too.
 *
 *                            director deputy spokes groupHead officer intern admin
 */
const Y = true;
const N = false;
const EXPECTED: Record<Action, Record<StaffRole, boolean>> = {
  'release.approve': row(Y, Y, N, N, N, N, N),
  'briefing.approve': row(Y, Y, N, N, N, N, N),
  'staff.manage': row(N, N, N, N, N, N, Y),
  'settings.edit': row(Y, N, N, N, N, N, Y),
  'pdpa.erase': row(N, N, N, N, N, N, Y),
  'pdpa.export': row(N, N, N, N, N, N, Y),
  'pdpa.manage': row(Y, Y, N, N, N, N, Y),
  'workspace.admin': row(N, N, N, N, N, N, Y),
  'backup.restore': row(N, N, N, N, N, N, Y),
  'complaint.viewIdentity': row(Y, Y, N, N, N, N, N),
  'plan.manage': row(Y, Y, N, Y, N, N, Y),
};

function row(director: boolean, deputy: boolean, spokesperson: boolean, groupHead: boolean, officer: boolean, intern: boolean, admin: boolean): Record<StaffRole, boolean> {
  return { director, deputy, spokesperson, groupHead, officer, intern, admin };
}

const actor = (role: StaffRole, staffId = `staff-${role}`): Actor => ({ staffId, role });

const MATRIX = ACTIONS.flatMap((action) => STAFF_ROLES.map((role) => ({ action, role, allowed: EXPECTED[action][role] })));

describe('the rights table', () => {
  it('the expected table names exactly the actions and roles there are', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) expect(Object.keys(EXPECTED[action]).sort()).toEqual([...STAFF_ROLES].sort());
    expect(MATRIX).toHaveLength(ACTIONS.length * STAFF_ROLES.length);
  });

  it.each(MATRIX)('$action by $role → allowed: $allowed', ({ action, role, allowed }) => {
    const decision = can(actor(role), action);
    expect(decision).toEqual(allowed ? { allowed: true } : { allowed: false, reason: 'role', action });
  });

  it.each(ACTIONS)('%s with nobody signed in → not-signed-in', (action) => {
    expect(can(null, action)).toEqual({ allowed: false, reason: 'not-signed-in', action });
  });

  it.each(ACTIONS)('rolesFor(%s) lists the roles of the expected table', (action) => {
    expect([...rolesFor(action)].sort()).toEqual(STAFF_ROLES.filter((role) => EXPECTED[action][role]).sort());
  });
});

describe('canApprove', () => {
  const cases: { name: string; actor: Actor | null; action: 'release.approve' | 'briefing.approve'; author: string | undefined; expected: string }[] = [
    { name: 'a director approves a release someone else wrote', actor: actor('director', 'dir'), action: 'release.approve', author: 'writer', expected: 'allowed' },
    { name: 'a deputy approves a briefing someone else wrote', actor: actor('deputy', 'dep'), action: 'briefing.approve', author: 'writer', expected: 'allowed' },
    { name: 'a director approves a record with no known author', actor: actor('director', 'dir'), action: 'release.approve', author: undefined, expected: 'allowed' },
    { name: 'a director approves their own release', actor: actor('director', 'dir'), action: 'release.approve', author: 'dir', expected: 'own-work' },
    { name: 'a director approves their own briefing', actor: actor('director', 'dir'), action: 'briefing.approve', author: 'dir', expected: 'own-work' },
    { name: 'a deputy approves their own release', actor: actor('deputy', 'dep'), action: 'release.approve', author: 'dep', expected: 'own-work' },
    { name: 'an officer approves someone else’s release', actor: actor('officer', 'off'), action: 'release.approve', author: 'writer', expected: 'role' },
    { name: 'an officer approves their own briefing (role is checked first)', actor: actor('officer', 'off'), action: 'briefing.approve', author: 'off', expected: 'role' },
    { name: 'an admin approves a release', actor: actor('admin', 'adm'), action: 'release.approve', author: 'writer', expected: 'role' },
    { name: 'nobody signed in', actor: null, action: 'release.approve', author: 'writer', expected: 'not-signed-in' },
  ];

  it.each(cases)('$name → $expected', ({ actor: who, action, author, expected }) => {
    const decision = canApprove(who, action, author);
    expect(decision).toEqual(expected === 'allowed' ? { allowed: true } : { allowed: false, reason: expected, action });
  });
});

describe('canActAsMentor', () => {
  const cases: { name: string; actor: Actor | null; action: 'workLog.approve' | 'evaluation.sign'; mentor: string | null | undefined; expected: string }[] = [
    { name: 'the mentor (an officer) approves a work log', actor: actor('officer', 'mentor'), action: 'workLog.approve', mentor: 'mentor', expected: 'allowed' },
    { name: 'the mentor (a group head) signs an evaluation', actor: actor('groupHead', 'mentor'), action: 'evaluation.sign', mentor: 'mentor', expected: 'allowed' },
    { name: 'another officer approves a work log', actor: actor('officer', 'other'), action: 'workLog.approve', mentor: 'mentor', expected: 'not-mentor' },
    { name: 'the director is not the mentor', actor: actor('director', 'dir'), action: 'evaluation.sign', mentor: 'mentor', expected: 'not-mentor' },
    { name: 'the admin is not the mentor', actor: actor('admin', 'adm'), action: 'workLog.approve', mentor: 'mentor', expected: 'not-mentor' },
    { name: 'an intern with no mentor assigned', actor: actor('director', 'dir'), action: 'workLog.approve', mentor: null, expected: 'not-mentor' },
    { name: 'an intern not found', actor: actor('officer', 'mentor'), action: 'evaluation.sign', mentor: undefined, expected: 'not-mentor' },
    { name: 'an empty mentor id never matches', actor: actor('officer', ''), action: 'evaluation.sign', mentor: '', expected: 'not-mentor' },
    { name: 'nobody signed in', actor: null, action: 'evaluation.sign', mentor: 'mentor', expected: 'not-signed-in' },
  ];

  it.each(cases)('$name → $expected', ({ actor: who, action, mentor, expected }) => {
    const decision = canActAsMentor(who, action, mentor);
    expect(decision).toEqual(expected === 'allowed' ? { allowed: true } : { allowed: false, reason: expected, action });
  });
});

describe('enforce', () => {
  it('passes an allowed decision and throws PermissionDeniedError with the decision otherwise', () => {
    expect(() => enforce(can(actor('admin'), 'staff.manage'))).not.toThrow();
    const refusal = deny('staff.manage', 'role');
    const error = (() => {
      try {
        enforce(refusal);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ name: 'PermissionDeniedError', decision: refusal });
  });
});

describe('canSeeComplainant (PDPA masking)', () => {
  it.each([
    ['director', 'administration', true],
    ['deputy', 'public-relations', true],
    ['officer', 'evaluation', true],
    ['groupHead', 'evaluation', true],
    ['intern', 'evaluation', false],
    ['officer', 'public-relations', false],
    ['admin', 'administration', false],
    ['spokesperson', 'public-relations', false],
  ] as const)('%s in %s → %s', (role, workGroup, expected) => {
    expect(canSeeComplainant({ staffId: 's1', role, workGroup })).toBe(expected);
  });
  it('nobody signed in sees nobody', () => expect(canSeeComplainant(null)).toBe(false));
});

describe('canApprove under รักษาราชการแทน', () => {
  it('the delegation stands in for the role, never for an intern, never for one’s own work', () => {
    expect(canApprove({ staffId: 'o', role: 'officer' }, 'release.approve', 'x', true)).toEqual({ allowed: true });
    expect(canApprove({ staffId: 'o', role: 'officer' }, 'release.approve', 'x', false)).toMatchObject({ allowed: false, reason: 'role' });
    expect(canApprove({ staffId: 'i', role: 'intern' }, 'briefing.approve', 'x', true)).toMatchObject({ allowed: false, reason: 'role' });
    expect(canApprove({ staffId: 'o', role: 'officer' }, 'release.approve', 'o', true)).toMatchObject({ allowed: false, reason: 'own-work' });
    expect(canApprove(null, 'release.approve', 'x', true)).toMatchObject({ allowed: false, reason: 'not-signed-in' });
  });
});
