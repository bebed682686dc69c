// Which of a few dialogs is open, and the buttons that open them: closing one gives the focus
// back to the button that opened it, once the dialog has gone (while a modal dialog is open the
// page behind it is inert and cannot take the focus).
import { useEffect, useRef, useState } from 'react';

export function useDialogs<Which extends string>() {
  const [open, setOpen] = useState<Which | null>(null);
  const openers = useRef(new Map<Which, HTMLButtonElement | null>());
  const returnTo = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (open !== null || !returnTo.current) return;
    returnTo.current.focus();
    returnTo.current = null;
  }, [open]);
  return {
    open,
    show: (which: Which) => setOpen(which),
    close: () => {
      returnTo.current = open === null ? null : (openers.current.get(open) ?? null);
      setOpen(null);
    },
    /** The ref of the button that opens `which`. */
    opener: (which: Which) => (button: HTMLButtonElement | null) => {
      openers.current.set(which, button);
    },
  };
}
