/**
 * Evidence files' bytes on the sync server: each file is its own small Yjs document, apart from
 * the student's document (which holds the file's row, its info only), so that a device joining
 * later downloads the records without every file in them, and a deleted file's bytes can leave the
 * server (Yjs drops deleted content from the server's copy; a map entry in the big document would
 * only be replaced).
 *
 *   name     `<document>.f.<slot>`: the student's document and the row's HMAC slot (crypto.ts
 *            rowSlot), so the server learns which files belong together but no evidence id
 *   content  doc.getMap('file').get('sealed'): the bytes sealed (crypto.ts sealBytes) with the
 *            file document's name as additional data, so sealed bytes moved to another file's
 *            document do not open
 *
 * A file document is opened for one errand (send, receive, clear) and closed again: a device with
 * a hundred files does not hold a hundred subscriptions. It is not kept on the device either: the
 * database row holds the bytes here. The opener (session.ts) joins it over the session's one
 * WebSocket; this module only says what goes in and what comes out.
 */
import type * as Y from 'yjs';
import { openBytes, sealBytes } from './crypto';
import type { SyncKey } from './crypto';
import { FILE_DOCUMENT_INFIX, FILE_SLOT } from './protocol.mjs';

/** The file document of the evidence row at `slot` in the document `documentName`. */
export function fileDocumentName(documentName: string, slot: string): string {
  // An HMAC slot as crypto.ts rowSlot writes it; the server serves no other file document.
  if (!FILE_SLOT.test(slot)) throw new TypeError(`Not a row slot: ${slot}`);
  return `${documentName}${FILE_DOCUMENT_INFIX}${slot}`;
}

const sealedPlace = (name: string) => `${name}/sealed`;

function fileMap(doc: Y.Doc): Y.Map<Uint8Array> {
  return doc.getMap<Uint8Array>('file');
}

/**
 * Open the file document `name` joined to the server, run `work` once it holds the server's copy,
 * wait until the server has confirmed every change `work` made, then close it. Rejects when the
 * server cannot be reached (offline): the caller tries again in a later round.
 */
export type FileDocumentOpener = <Result>(
  name: string,
  work: (doc: Y.Doc) => Result,
) => Promise<Result>;

/** The errands of one student's evidence bytes, by the slot of each evidence row. */
export interface EvidenceBytes {
  /** Seal the file and put it on the server; resolves once the server holds it. */
  send(slot: string, file: Blob): Promise<void>;
  /**
   * The file the server holds for `slot`, opened, as a Blob of `mimeType`; undefined when it holds
   * none (never sent, or deleted). A `SealError` when the bytes do not open with this key.
   */
  receive(slot: string, mimeType: string): Promise<Blob | undefined>;
  /** Remove the file's bytes from the server (nothing to do when it holds none). */
  clear(slot: string): Promise<void>;
}

export function evidenceBytes(
  open: FileDocumentOpener,
  key: SyncKey,
  documentName: string,
): EvidenceBytes {
  return {
    async send(slot, file) {
      const name = fileDocumentName(documentName, slot);
      const sealed = await sealBytes(
        key,
        new Uint8Array(await file.arrayBuffer()),
        sealedPlace(name),
      );
      await open(name, (doc) => fileMap(doc).set('sealed', sealed));
    },
    async receive(slot, mimeType) {
      const name = fileDocumentName(documentName, slot);
      const sealed: unknown = await open(name, (doc) => fileMap(doc).get('sealed'));
      if (!(sealed instanceof Uint8Array)) return undefined;
      const bytes = await openBytes(key, sealed, sealedPlace(name));
      return new Blob([bytes], { type: mimeType });
    },
    async clear(slot) {
      await open(fileDocumentName(documentName, slot), (doc) => {
        // Deleted, not overwritten: the server's copy then keeps only that something was there.
        if (fileMap(doc).has('sealed')) fileMap(doc).delete('sealed');
      });
    },
  };
}
