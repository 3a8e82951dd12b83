import type { LifecycleState } from '../api/types.ts';
import { STATE_LABEL } from '../app/format.ts';

/** The state in words (never colour alone), coloured for scanning a list. */
export function StateBadge({ state }: { state: LifecycleState }) {
  return <span class={`badge badge-${state}`}>{STATE_LABEL[state]}</span>;
}
