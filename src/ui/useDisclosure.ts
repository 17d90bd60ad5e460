/**
 * A form or panel opened by a button: while it is open the button gives way to it; when it
 * closes (saved or cancelled) focus goes back to the button, found by its id, never to the
 * page's start.
 */
import { useCallback, useEffect, useState } from 'react';

export function useDisclosure(triggerId: string) {
  const [open, setOpen] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (open || !returnFocus) return;
    document.getElementById(triggerId)?.focus();
  }, [open, returnFocus, triggerId]);
  const show = useCallback(() => {
    setReturnFocus(false);
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    setReturnFocus(true);
    setOpen(false);
  }, []);
  return { open, show, hide };
}
