import type { Principal } from './roles.ts';

/** How a request or command proved who it is. */
export type ActorVia = 'session' | 'token' | 'cli' | 'system';

/**
 * Who does something: a signed-in person (principal set) or the operator at
 * the command line and the program itself (principal null: no role limits).
 * `label` is what the audit log shows.
 */
export interface Actor {
  readonly principal: Principal | null;
  readonly label: string;
  readonly via: ActorVia;
  readonly ip: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ principal: null, label: 'system', via: 'system', ip: null });

/** The actor as article revisions record it: the user id, or null for the system and the command line. */
export function revisionActor(actor: Actor): string | null {
  return actor.principal ? String(actor.principal.userId) : null;
}
