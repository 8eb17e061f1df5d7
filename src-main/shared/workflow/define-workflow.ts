import { ACTIONS, ALLOWED, can, deny, type Action, type Actor, type Decision } from '../auth/permissions';

/**
 * One way to say how a record's status may change (issue 23): the states, the moves between
 * them, and which moves need a right from the permission table. Releases, briefings, service
 * requests, complaints and tasks each declare theirs with `defineWorkflow`; the data layer asks
 * it before writing a status, and the screens ask it which buttons to show.
 */

/** One declared move. `event` is a short verb id ('submit', 'approve'); `right` guards it. */
export interface Transition<S extends string, R extends Action = Action> {
  readonly from: S;
  readonly to: S;
  readonly event: string;
  /** The role right the move needs. Without one, anyone who may write the record may make it. */
  readonly right?: R;
}

export interface WorkflowDefinition<S extends string, R extends Action = Action> {
  /** Names the workflow in errors ('release', 'task'). */
  readonly name: string;
  readonly states: readonly S[];
  /** The status a new record starts in. */
  readonly initial: NoInfer<S>;
  readonly transitions: readonly Transition<NoInfer<S>, R>[];
}

/** Plain functions, not methods: `workflow.targets` may be passed around without its object. */
export interface Workflow<S extends string, R extends Action = Action> {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  readonly transitions: readonly Transition<S, R>[];
  /** Whether a stored value (possibly from another workstation's op) is one of the states. */
  readonly isState: (value: unknown) => value is S;
  readonly canMove: (from: S, to: S) => boolean;
  /** Where a record may go from `from`, in declared order. */
  readonly targets: (from: S) => readonly S[];
  /** The moves out of `from`, in declared order (for buttons that need the event and right too). */
  readonly transitionsFrom: (from: S) => readonly Transition<S, R>[];
  readonly transition: (from: S, to: S) => Transition<S, R> | undefined;
  /** The declared move, or a WorkflowTransitionError: call it before writing a new status. */
  readonly assertMove: (from: S, to: S) => Transition<S, R>;
  readonly rightFor: (from: S, to: S) => R | undefined;
  /** The right any declared move into `state` names: entering it needs that right, whatever the path. */
  readonly rightInto: (state: S) => R | undefined;
  /** No move leads out of it. */
  readonly isFinal: (state: S) => boolean;
  /**
   * The role check for a move (`can()` on its right; a move without one needs only someone
   * signed in). Record-specific rules such as "not one's own work" stay with their callers
   * (canApprove). An undeclared move is not a permission question: it throws.
   */
  readonly check: (actor: Actor | null, from: S, to: S) => Decision;
}

/** A status change the workflow does not declare. */
export class WorkflowTransitionError extends Error {
  constructor(
    readonly workflow: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`The ${workflow} workflow has no move from ${from} to ${to}`);
    this.name = 'WorkflowTransitionError';
  }
}

/** A definition that contradicts itself; thrown when the module defining it loads. */
export class WorkflowDefinitionError extends Error {
  constructor(workflow: string, problem: string) {
    super(`Workflow ${workflow}: ${problem}`);
    this.name = 'WorkflowDefinitionError';
  }
}

const EVENT_ID = /^[a-z][a-z-]*$/;

function validate<S extends string, R extends Action>(definition: WorkflowDefinition<S, R>): void {
  const fail = (problem: string): never => {
    throw new WorkflowDefinitionError(definition.name, problem);
  };
  const states = new Set<string>(definition.states);
  if (states.size === 0) fail('no states');
  if (states.size !== definition.states.length) fail('a state is listed twice');
  if (!states.has(definition.initial)) fail(`unknown initial state ${definition.initial}`);
  const seen = new Set<string>();
  const rightInto = new Map<string, Action | undefined>();
  for (const { from, to, event, right } of definition.transitions) {
    if (!states.has(from)) fail(`unknown state ${from} in a transition`);
    if (!states.has(to)) fail(`unknown state ${to} in a transition`);
    if (!EVENT_ID.test(event)) fail(`event "${event}" is not a short verb id`);
    if (right !== undefined && !(ACTIONS as readonly string[]).includes(right)) fail(`unknown right ${right}`);
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) fail(`the move ${from} → ${to} is declared twice`);
    seen.add(key);
    // rightInto answers for the state, so every guarded move into it must name the same right.
    if (right !== undefined) {
      const earlier = rightInto.get(to);
      if (earlier !== undefined && earlier !== right) fail(`moves into ${to} name different rights`);
      rightInto.set(to, right);
    }
  }
}

/**
 * Declares a workflow. Pass `states` as a readonly tuple (`as const`) so the state union is
 * inferred; the definition is checked at once (unknown states, a move declared twice, an
 * unknown right) and the result is frozen.
 */
export function defineWorkflow<S extends string, R extends Action = Action>(definition: WorkflowDefinition<S, R>): Workflow<S, R> {
  validate(definition);
  const states = Object.freeze([...definition.states]);
  const transitions = Object.freeze(definition.transitions.map((t) => Object.freeze({ ...t })));
  const byMove = new Map(transitions.map((t) => [`${t.from}\u0000${t.to}`, t]));
  const outOf = new Map(states.map((s) => [s, Object.freeze(transitions.filter((t) => t.from === s))]));
  const targetsOf = new Map(states.map((s) => [s, Object.freeze((outOf.get(s) ?? []).map((t) => t.to))]));
  const guardedInto = new Map<S, R>();
  for (const t of transitions) if (t.right !== undefined) guardedInto.set(t.to, t.right);

  const transition = (from: S, to: S) => byMove.get(`${from}\u0000${to}`);
  const assertMove = (from: S, to: S) => {
    const declared = transition(from, to);
    if (!declared) throw new WorkflowTransitionError(definition.name, from, to);
    return declared;
  };
  return Object.freeze({
    name: definition.name,
    states,
    initial: definition.initial,
    transitions,
    isState: (value: unknown): value is S => typeof value === 'string' && (states as readonly string[]).includes(value),
    canMove: (from: S, to: S) => transition(from, to) !== undefined,
    targets: (from: S) => targetsOf.get(from) ?? [],
    transitionsFrom: (from: S) => outOf.get(from) ?? [],
    transition,
    assertMove,
    rightFor: (from: S, to: S) => transition(from, to)?.right,
    rightInto: (state: S) => guardedInto.get(state),
    isFinal: (state: S) => (outOf.get(state)?.length ?? 0) === 0,
    check: (actor: Actor | null, from: S, to: S): Decision => {
      const { right } = assertMove(from, to);
      if (right !== undefined) return can(actor, right);
      return actor ? ALLOWED : deny('record.write', 'not-signed-in');
    },
  });
}

/**
 * Every move between two different states, each named by the state it goes into: for the
 * modules whose screens let any status follow any other (service requests, tasks), so their
 * definitions say so in one line instead of listing n × (n − 1) moves.
 */
export function movesBetweenAll<S extends string>(states: readonly S[], eventInto: Readonly<Record<S, string>>): Transition<S, never>[] {
  return states.flatMap((from) => states.filter((to) => to !== from).map((to) => ({ from, to, event: eventInto[to] })));
}
