import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Role, User } from '../api/types.ts';

export interface SessionValue {
  readonly user: User;
  readonly signOut: () => Promise<void>;
  /** Replaces the signed-in user after a change to their own account. */
  readonly setUser: (user: User) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in app');
  return value;
}

const RANK: Record<Role, number> = { contributor: 0, author: 1, editor: 2, administrator: 3 };

/** Whether the role reaches `floor`; the server checks again, this only hides what would be refused. */
export const atLeast = (role: Role, floor: Role) => RANK[role] >= RANK[floor];
