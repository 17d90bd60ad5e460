/**
 * What the student sees when the records cannot be opened, or not yet (blocked, slow): what
 * happened and what to do, in words chosen by the reason code (db/storage-failure.ts). It reads
 * nothing itself: the shell passes the store's loadError. Loaded on demand, only when needed.
 */
import type { StorageFailure, StorageProblem as Problem } from '../db/storage-failure';

const WORDS: Record<StorageFailure, { heading: string; happened: string; todo: string }> = {
  missing: {
    heading: 'Your records cannot be opened in this browser',
    happened:
      'This browser does not offer the storage (IndexedDB) that MedTech Ready keeps your records in.',
    todo: 'Open MedTech Ready in another up-to-date browser, such as Firefox, Chrome, Edge or Safari. If this is a private window, try a normal window first.',
  },
  refused: {
    heading: 'This browser refused to store your records',
    happened:
      'The browser did not let MedTech Ready use its storage. Private windows and some privacy settings turn storage off.',
    todo: 'Leave private mode and open MedTech Ready in a normal window, or allow this site to store data in the browser’s settings, then reload the page. If that does not help, try another browser.',
  },
  blocked: {
    heading: 'Waiting for another tab',
    happened:
      'MedTech Ready is open in another tab with an older version, and that tab is holding on to your records.',
    todo: 'Close the other MedTech Ready tab, or reload it. This page carries on by itself as soon as it lets go; nothing is lost.',
  },
  slow: {
    heading: 'Still opening your records',
    happened: 'This is taking longer than usual.',
    todo: 'If MedTech Ready is open in another tab, close or reload that tab; otherwise reload this page. Your records are kept as they are.',
  },
  version: {
    heading: 'This tab has an older version of MedTech Ready',
    happened:
      'Your records were saved by a newer version of MedTech Ready than the one in this tab.',
    todo: 'Reload the page to get the newest version. Your records are kept as they are.',
  },
  quota: {
    heading: 'Your records could not be opened',
    happened: 'The browser has run out of storage space for this site.',
    todo: 'Free some space on this device, then reload the page. Your records are kept as they are.',
  },
  other: {
    heading: 'Your records could not be opened',
    happened: 'The browser could not open the storage that MedTech Ready keeps your records in.',
    todo: 'Reload the page, and close any other MedTech Ready tab. If that does not help, try another browser; private windows may have storage turned off.',
  },
};

export function StorageProblem({ problem }: { problem: Problem }) {
  const words = WORDS[problem.reason];
  return (
    <section aria-labelledby="storage-problem-heading" className="screen">
      <div className="banner banner--error storage-problem" role="alert">
        <h2 id="storage-problem-heading">{words.heading}</h2>
        <p>{words.happened}</p>
        <p>
          <strong>What to do:</strong> {words.todo}
        </p>
        {problem.reason === 'other' && problem.detail && (
          <p className="storage-problem__detail">The browser said: {problem.detail}</p>
        )}
      </div>
    </section>
  );
}
