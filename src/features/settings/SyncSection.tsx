/**
 * Settings → "Use on another device": turning sync on with the student's own sync server, and,
 * while it is on, how it is going, the pairing link (as text and as a QR code) for the student's
 * other devices, the advisor's read-only link (AdvisorLink.tsx), and stopping it here. Writes only through the sync store's actions
 * (store/sync-state.ts), which load the sync code on demand.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import {
  BUILT_SYNC_SERVER,
  SYNC_UNAVAILABLE,
  turnOnSync,
  stopSyncing,
  useSyncState,
} from '../../store/sync-state';
import type { TurnOnField } from '../../store/sync-state';
import { Field } from '../../ui/Field';
import { FieldError } from '../../ui/FieldError';
import { useRecordForm } from '../../ui/useRecordForm';
import { AdvisorLink } from './AdvisorLink';
import { CopyableLink } from './CopyableLink';
import { syncStatusWords } from './sync-status-words';

// The clock "Synced 2 min ago" is counted on: read when the section shows, then every 15 s.
let clockNow = Date.now();
function subscribeClock(onTick: () => void): () => void {
  clockNow = Date.now();
  const timer = setInterval(() => {
    clockNow = Date.now();
    onTick();
  }, 15_000);
  return () => clearInterval(timer);
}
function readClock(): number {
  return clockNow;
}

export function SyncSection() {
  const status = useSyncState((state) => state.syncStatus);
  const heading = useRef<HTMLHeadingElement>(null);
  // After sync is turned on or off the form or the controls it replaced are gone: focus moves to
  // the section's heading, not to the page's start.
  const [turned, setTurned] = useState(0);
  useEffect(() => {
    if (turned > 0) heading.current?.focus();
  }, [turned]);
  const onTurned = () => setTurned((count) => count + 1);
  // Stopped from another tab: the controls focus may have been in are gone, and the heading has it.
  const stoppedElsewhere = useSyncState((state) => state.stoppedElsewhere === true);
  useEffect(() => {
    if (stoppedElsewhere && document.activeElement === document.body)
      heading.current?.focus({ preventScroll: true });
  }, [stoppedElsewhere]);

  return (
    <section aria-labelledby="sync-heading" className="settings-sync">
      <h3 id="sync-heading" ref={heading} tabIndex={-1}>
        Use on another device
      </h3>
      {status === undefined && SYNC_UNAVAILABLE !== undefined ? (
        <p>{SYNC_UNAVAILABLE}</p>
      ) : status === undefined ? (
        <>
          {stoppedElsewhere && (
            <p role="status" className="hint">
              Sync was stopped in another tab of this browser.
            </p>
          )}
          <TurnOnForm onTurnedOn={onTurned} />
        </>
      ) : (
        <SyncOn onStopped={onTurned} />
      )}
    </section>
  );
}

interface TurnOnInput {
  server: string;
  token: string;
}

function TurnOnForm({ onTurnedOn }: { onTurnedOn: () => void }) {
  const id = useId();
  const { input, update, problems, submit, busy } = useRecordForm<TurnOnInput, TurnOnField>(
    // A build that names its sync server offers it; the student adds the token.
    { server: BUILT_SYNC_SERVER, token: '' },
    (values) => turnOnSync(values.server, values.token),
    onTurnedOn,
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="settings-form">
      <p>
        Keep the same records on your phone and your computer through a sync server you run. They
        are encrypted on this device before they leave it: the server cannot read them.
      </p>
      <Field
        id={`${id}-server`}
        label="Sync server address"
        hint="For example wss://sync.example.org"
        error={problems.server}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={input.server}
            onChange={(event) => update({ server: event.target.value }, ['server', 'sync'])}
          />
        )}
      </Field>
      <Field
        id={`${id}-token`}
        label="Access token"
        hint="The write token your sync server was started with."
        error={problems.token}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={input.token}
            onChange={(event) => update({ token: event.target.value }, ['token', 'sync'])}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          Turn on sync
        </button>
      </div>
      <FieldError id={`${id}-sync-error`} message={problems.sync} />
    </form>
  );
}

function SyncOn({ onStopped }: { onStopped: () => void }) {
  const id = useId();
  const status = useSyncState((state) => state.syncStatus);
  const link = useSyncState((state) => state.pairingLink);
  const access = useSyncState((state) => state.access);
  const now = useSyncExternalStore(subscribeClock, readClock);
  const [copied, setCopied] = useState<string>('');
  const [asking, setAsking] = useState(false);
  const [stopping, setStopping] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Focus follows the question: to "Stop syncing" when asked, back to the first button on "Keep".
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function stop() {
    setStopping(true);
    const stopped = await stopSyncing();
    setStopping(false);
    if (stopped) onStopped();
    else setAsking(false);
  }

  return (
    <>
      <p role="status" className="settings-sync__status">
        {status ? syncStatusWords(status, now) : ''}
      </p>
      {link !== undefined && (
        <>
          <h4>Pair your other devices</h4>
          <p>
            Open this link on your other device, or scan the code with its camera. Records already
            there are merged with these.
          </p>
          <p className="banner banner--warn">
            The link holds the key to your records: anyone who has it can read them. Share it only
            with your own devices.
          </p>
          <CopyableLink
            id={`${id}-link`}
            link={link}
            label="Pairing link"
            copyLabel="Copy link"
            copiedWords="Link copied."
            onSaid={setCopied}
            after={
              <p role="status" className="hint">
                {copied}
              </p>
            }
          />
        </>
      )}
      {/* Only a device of the student's own gives out read-only links, from the tab that syncs. */}
      {access === 'edit' && status?.state !== 'other-tab' && <AdvisorLink />}
      {asking ? (
        <div role="group" aria-labelledby={`${id}-stop-question`} className="settings-sync__stop">
          <p id={`${id}-stop-question`}>
            {access === 'view'
              ? "Stop following these records on this device? The copy already here stays, as this browser's own, and the student's changes will no longer arrive."
              : 'Stop syncing on this device? Your records stay on this device. Changes made here will no longer reach your other devices, and theirs will no longer arrive here.'}
            {status?.state === 'other-tab' && ' Sync stops in the other tab of this browser too.'}
          </p>
          <div className="button-row">
            <button
              type="button"
              ref={confirm}
              className="button button--danger"
              disabled={stopping}
              onClick={() => void stop()}
            >
              Stop syncing
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              Keep syncing
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" ref={ask} className="button" onClick={() => setAsking(true)}>
            Stop syncing on this device
          </button>
        </div>
      )}
    </>
  );
}
