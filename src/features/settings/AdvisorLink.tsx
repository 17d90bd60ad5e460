/**
 * Settings → "Use on another device" → "Advisor link", on a device that may edit: a read-only link
 * for an advisor (readiness, targets, reports), made here with a token of its own, shown with
 * Copy and as a QR code (CopyableLink); "New advisor link" replaces it, and the server then
 * refuses the old one.
 * Only the store's action makes or replaces a link (store/sync-state.ts createAdvisorLink).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createAdvisorLink, useSyncState } from '../../store/sync-state';
import { FieldError } from '../../ui/FieldError';
import { CopyableLink } from './CopyableLink';

export function AdvisorLink() {
  const id = useId();
  const link = useSyncState((state) => state.advisorLink);
  const replaced = useSyncState((state) => state.advisorLinkReplaced === true);
  // The hash reaches the server with this device's next sync: until then the link is refused.
  const synced = useSyncState((state) => state.syncStatus?.state === 'synced');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [said, setSaid] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const made = useRef(false);
  const makeButton = useRef<HTMLButtonElement>(null);

  // Replaced on another device while shown here: said aloud (the status line below), and focus,
  // if it was in the link that has just gone, moves to the button that makes a new one (without
  // scrolling to it).
  useEffect(() => {
    if (!replaced) return;
    if (document.activeElement === document.body)
      makeButton.current?.focus({ preventScroll: true });
  }, [replaced]);

  // A link just made (or replaced): focus moves to it, ready to copy.
  useEffect(() => {
    if (made.current && link !== undefined) field.current?.focus();
    made.current = false;
  }, [link]);

  async function make() {
    setBusy(true);
    setProblem(undefined);
    setSaid('');
    const replacing = link !== undefined;
    made.current = true;
    const result = await createAdvisorLink();
    setBusy(false);
    if (!result.ok) {
      made.current = false;
      setProblem(result.problem);
    } else if (replacing) setSaid('New link made: the old one no longer works.');
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Advisor link</h4>
      <p>
        Give an advisor a link that shows your readiness, your targets and their reports, read-only:
        they cannot change anything, and the server refuses it if they try. A new advisor link stops
        the old one working, on every device.
      </p>
      {link === undefined &&
        (replaced ? (
          <p className="hint">
            The advisor link made on this device was replaced on another of your devices, so it no
            longer opens. The new one is shown on the device that made it; one made here replaces it
            in turn.
          </p>
        ) : (
          <p className="hint">
            A link made on another of your devices is shown only there; one made here replaces it.
          </p>
        ))}
      {link !== undefined && (
        <>
          <CopyableLink
            id={`${id}-link`}
            link={link}
            label="Advisor link"
            hint="It holds the key to your records: send it to your advisor only."
            copyLabel="Copy advisor link"
            copiedWords="Advisor link copied."
            onSaid={setSaid}
            inputRef={field}
            qrName="QR code of the advisor link"
            after={
              !synced && (
                <p className="hint">
                  It works once this device has synced with the server, unless another of your
                  devices has replaced it since.
                </p>
              )
            }
          />
        </>
      )}
      <div className="button-row">
        <button
          ref={makeButton}
          type="button"
          className={link === undefined ? 'button button--primary' : 'button'}
          disabled={busy}
          onClick={() => void make()}
        >
          {link === undefined ? 'Create advisor link' : 'New advisor link'}
        </button>
      </div>
      <p role="status" className="hint">
        {replaced
          ? 'Your advisor link was replaced on another of your devices: it no longer opens.'
          : said}
      </p>
      <FieldError id={`${id}-error`} message={problem} />
    </section>
  );
}
