/**
 * The pairing screen (#/pair?…): a pairing link opened on this device. It reads the link once,
 * then clears it from the address bar and from this history entry (the link holds the key to the
 * records), says what joining means, and joins only when the student says so. A link that cannot
 * be used shows its problems in words. Joins through the sync store (store/sync-state.ts).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { showWriteError } from '../../store/app-store';
import { joinFromLink, readPairingLink } from '../../store/sync-state';
import type { LinkReading } from '../../store/sync-state';
import { ROUTE_HASHES, isPairingLinkHash } from '../../ui/routes';

export function PairScreen() {
  const id = useId();
  // Read once, before the address is cleared below.
  const [link] = useState(() => window.location.href);
  const [reading, setReading] = useState<LinkReading | undefined>(undefined);
  const [joining, setJoining] = useState(false);
  const [joinProblems, setJoinProblems] = useState<string[]>([]);
  const problemsHeading = useRef<HTMLParagraphElement>(null);
  // Whether this screen is still shown when a join it started ends. Cleared in a layout effect,
  // in the commit that replaces the screen: a passive effect's cleanup runs only after that
  // commit, and a join ending in between would send the student back to the checklist.
  const shown = useRef(true);
  useLayoutEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);

  useEffect(() => {
    // Replace this history entry, so the key is neither left in the address bar nor reached by Back.
    // Only while the address is still the link: one moved on to already (this runs after the
    // screen has shown) is left alone, or the app would be sent back here.
    if (isPairingLinkHash(window.location.hash))
      window.history.replaceState(window.history.state, '', ROUTE_HASHES.pair);
    let current = true;
    void readPairingLink(link).then(
      (result) => current && setReading(result),
      () =>
        current &&
        setReading({ ok: false, problems: ['The pairing code could not be loaded. Try again.'] }),
    );
    return () => {
      current = false;
    };
  }, [link]);

  useEffect(() => {
    if (joinProblems.length > 0) problemsHeading.current?.focus();
  }, [joinProblems]);

  async function join() {
    setJoining(true);
    setJoinProblems([]);
    const result = await joinFromLink(link);
    setJoining(false);
    if (!result.ok) {
      if (shown.current) setJoinProblems(result.problems);
      // Gone elsewhere while it joined (a refusal can take the first sync's wait): said there.
      else showWriteError(`Joining did not work: ${result.problems.join(' ')}`);
    }
    // To the checklist, unless the student went elsewhere while it joined.
    else if (shown.current) window.location.hash = ROUTE_HASHES.checklist;
  }

  const problems = reading && !reading.ok ? reading.problems : joinProblems;
  return (
    <section aria-labelledby="pair-heading" className="screen">
      <h2 id="pair-heading" tabIndex={-1} data-screen-heading="pair">
        Use your records on this device
      </h2>
      {reading === undefined && <p aria-live="polite">Reading the pairing link…</p>}
      {problems.length > 0 && (
        <div className="banner banner--error" role="alert">
          <p id={`${id}-problems`} ref={problemsHeading} tabIndex={-1}>
            {reading?.ok ? 'Joining did not work:' : 'This pairing link cannot be used:'}
          </p>
          <ul aria-labelledby={`${id}-problems`}>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {!reading?.ok && (
            <p>
              On your other device, open Settings, then &ldquo;Use on another device&rdquo;, and
              copy its pairing link again.
            </p>
          )}
        </div>
      )}
      {reading?.ok && reading.access === 'view' && (
        <p>
          This is an advisor&apos;s link: it shows a student&apos;s readiness, targets and reports,
          kept up to date through the sync server at {reading.server}. You can read them, not change
          them.
        </p>
      )}
      {reading?.ok && (
        <>
          {reading.access === 'edit' && (
            <p>
              This device will hold the same records as your other devices, kept the same through
              the sync server at {reading.server}. Records already on this device are merged with
              them: nothing here is deleted.
            </p>
          )}
          <p className="hint">
            Records are encrypted on each device; the server cannot read them. Anyone who has this
            link can, so keep it to yourself.
          </p>
        </>
      )}
      <div className="button-row">
        {reading?.ok && (
          <button
            type="button"
            className="button button--primary"
            disabled={joining}
            onClick={() => void join()}
          >
            Join
          </button>
        )}
        <a className="button" href={ROUTE_HASHES.checklist}>
          {reading?.ok ? 'Not now' : 'Back to the checklist'}
        </a>
      </div>
      {joining && <p aria-live="polite">Joining…</p>}
    </section>
  );
}
