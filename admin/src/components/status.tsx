import type { ComponentChildren } from 'preact';

/** A failure, announced at once. */
export function ErrorMessage({ children }: { children: ComponentChildren }) {
  if (!children) return null;
  return (
    <p class="message error" role="alert">
      {children}
    </p>
  );
}

/**
 * Quiet news ("Saved", "3 results"): a polite live region that stays in the
 * page even when empty, because screen readers only announce changes to a
 * region they already know.
 */
export function LiveStatus({ children, class: extra }: { children: ComponentChildren; class?: string }) {
  return (
    <p class={`message status ${extra ?? ''}`} role="status" aria-live="polite">
      {children}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return <p class="loading">Loading {what}…</p>;
}
