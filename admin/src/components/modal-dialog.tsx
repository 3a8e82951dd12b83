import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A native modal <dialog>: the browser keeps focus inside, Escape closes
 * it, and focus returns to what opened it.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog ref={ref} class="modal" aria-labelledby="modal-title" onClose={onClose} onCancel={onClose}>
      <div class="modal-head">
        <h2 id="modal-title">{title}</h2>
        <button type="button" class="secondary small" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
