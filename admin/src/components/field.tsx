import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  /** Shown under the label and tied to the control with aria-describedby (the control must name `${id}-hint`). */
  hint?: string;
  children: ComponentChildren;
}

/** A label, an optional hint, and the control, stacked. */
export function Field({ id, label, hint, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}
