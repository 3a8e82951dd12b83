import type { ComponentChildren } from 'preact';
import { BASE, navigate } from '../app/router.ts';

interface LinkProps {
  /** A path of the app, below /admin. */
  href: string;
  children: ComponentChildren;
  class?: string;
  'aria-current'?: 'page' | undefined;
}

/** A real link (it opens in a new tab, copies, reads as a link) that moves within the app on a plain click. */
export function Link({ href, children, ...rest }: LinkProps) {
  return (
    <a
      href={BASE + href}
      {...rest}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
