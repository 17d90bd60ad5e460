/**
 * Focus an element once the list it lives in has re-rendered with new data, for actions whose
 * result arrives later through the database echo (moving, hiding, removing). React may move or
 * remove the focused node while it reorders, so focus is put back by id, skipping disabled ones.
 */
import { useCallback, useEffect, useRef } from 'react';

interface PendingFocus {
  ids: string[];
  since: unknown;
}

export function useFocusAfterRender(renderedWith: unknown): (ids: string[]) => void {
  const pending = useRef<PendingFocus | null>(null);
  const latest = useRef(renderedWith);
  useEffect(() => {
    latest.current = renderedWith;
    const request = pending.current;
    if (!request || request.since === renderedWith) return;
    pending.current = null;
    for (const id of request.ids) {
      const element = document.getElementById(id);
      if (element instanceof HTMLElement && !element.hasAttribute('disabled')) {
        element.focus();
        break;
      }
    }
  }, [renderedWith]);
  return useCallback((ids: string[]) => {
    pending.current = { ids, since: latest.current };
  }, []);
}
