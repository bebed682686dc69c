// A modal dialog on the native <dialog>: the browser keeps the focus inside it and the page behind
// it inert. Escape closes it through `onClose` (the caller unmounts it and puts the focus back on
// the button that opened it), and goes no further: the details panel's own Escape stays out.
import { type KeyboardEvent, type ReactNode, type SyntheticEvent, useEffect, useRef } from 'react';

export function Modal({
  labelledBy,
  className,
  onClose,
  children,
}: {
  labelledBy: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // Not closed in a cleanup: StrictMode's second mount would find it closed by the first.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  // Other requests to close (a phone's back gesture) go the same way.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={`modal${className ? ` ${className}` : ''}`}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
    >
      {children}
    </dialog>
  );
}
