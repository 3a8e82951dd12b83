import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

interface ScreenProps {
  title: string;
  /** Controls beside the heading (New story, Upload). */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * One screen of the app. The heading takes focus when the screen opens, so
 * a screen reader announces where a link led and Tab starts from the top
 * of the new content rather than from the link that was followed.
 */
export function Screen({ title, actions, children }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Newsroom`;
  }, [title]);
  // Only on arrival: a title that changes while someone types (a new story saved for the first time) must not take their focus.
  // Before the screen is painted, so focus is on the heading from the first moment the screen shows.
  useLayoutEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <>
      <div class="screen-head">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {actions ? <div class="screen-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
