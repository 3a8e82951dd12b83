import type { ChangeEvent } from '../events/change-event.ts';

const remote = new WeakSet<ChangeEvent>();

/**
 * Changes made on another node arrive on this node's bus too, so its
 * caches purge. Listeners with effects outside the process (forwarding
 * purges to Varnish or a CDN, webhooks) skip them: the node that made the
 * change does that once.
 */
export function isRemoteChange(event: ChangeEvent): boolean {
  return remote.has(event);
}

export function markRemote(event: ChangeEvent): ChangeEvent {
  remote.add(event);
  return event;
}
