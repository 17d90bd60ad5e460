/**
 * A link to hand to another device or person: a read-only field that selects itself when focused,
 * a Copy button (with words for a browser that refuses the clipboard), and the link as a QR code.
 * The pairing link (SyncSection) and the advisor link (AdvisorLink) are both shown with it; the
 * caller says what was copied, through `onSaid`, in its own status line.
 */
import type { ReactNode, Ref } from 'react';
import { Field } from '../../ui/Field';
import { PairingQrCode } from './PairingQrCode';

interface CopyableLinkProps {
  id: string;
  link: string;
  label: string;
  hint?: ReactNode;
  copyLabel: string;
  /** Said once the link is on the clipboard ("Link copied."). */
  copiedWords: string;
  onSaid: (words: string) => void;
  /** Below the Copy button, beside the field (the caller's status line, say). */
  after?: ReactNode;
  /** The QR code's accessible name, where the default ("QR code of the pairing link") is wrong. */
  qrName?: string;
  inputRef?: Ref<HTMLInputElement>;
}

const NOT_COPIED = 'The link could not be copied here: select it above and copy it.';

export function CopyableLink({
  id,
  link,
  label,
  hint,
  copyLabel,
  copiedWords,
  onSaid,
  after,
  qrName,
  inputRef,
}: CopyableLinkProps) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      onSaid(copiedWords);
    } catch {
      onSaid(NOT_COPIED);
    }
  }

  return (
    <>
      <Field
        id={id}
        label={label}
        hint={hint}
        aside={
          <>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void copy()}>
                {copyLabel}
              </button>
            </div>
            {after}
          </>
        }
      >
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="text"
            readOnly
            spellCheck={false}
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </Field>
      <PairingQrCode link={link} name={qrName} />
    </>
  );
}
