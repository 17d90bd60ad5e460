/**
 * Evidence files' own documents (src/sync/evidence-documents.ts): their names, and what goes into
 * them and comes out, with an in-memory opener standing for the server (one Y.Doc per name).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SealError, generateSyncKey, rowSlot } from '../../src/sync/crypto';
import { evidenceBytes, fileDocumentName } from '../../src/sync/evidence-documents';
import type { FileDocumentOpener } from '../../src/sync/evidence-documents';
import { newDocumentName } from '../../src/sync/pairing';
import { isServedDocumentName } from '../../src/sync/protocol.mjs';

/** The server's documents, by name, each opened and changed in place. */
function memoryServer() {
  const documents = new Map<string, Y.Doc>();
  const documentOf = (name: string) => {
    let doc = documents.get(name);
    if (!doc) documents.set(name, (doc = new Y.Doc()));
    return doc;
  };
  const open: FileDocumentOpener = async (name, work) => work(documentOf(name));
  return { documents, documentOf, open };
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('fileDocumentName', () => {
  it("is the student's document and the row's slot, and names no evidence id", async () => {
    const key = await generateSyncKey();
    const doc = newDocumentName();
    const slot = await rowSlot(key, 'evidenceFiles', 'evidence-1234');
    const name = fileDocumentName(doc, slot);
    expect(name).toBe(`${doc}.f.${slot}`);
    // A name the server serves (protocol.mjs, which scripts/sync-server.mjs checks it with).
    expect(isServedDocumentName(name)).toBe(true);
    expect(name).not.toContain('evidence');
    const other = await rowSlot(key, 'evidenceFiles', 'evidence-5678');
    expect(fileDocumentName(doc, other)).not.toBe(name);
  });

  it('refuses what is not a slot', () => {
    const doc = newDocumentName();
    for (const bad of ['evidence-1234', '../../etc/passwd', '', 'A'.repeat(23)])
      expect(() => fileDocumentName(doc, bad)).toThrow(/slot/);
  });
});

describe('evidenceBytes', () => {
  it('sends sealed bytes, receives the same bytes, and clears them', async () => {
    const key = await generateSyncKey();
    const doc = newDocumentName();
    const server = memoryServer();
    const files = evidenceBytes(server.open, key, doc);
    const slot = await rowSlot(key, 'evidenceFiles', 'evidence-1');
    const plain = new TextEncoder().encode('%PDF-1.4 ZEBRA-MARKER-7731');
    await files.send(slot, new Blob([plain], { type: 'application/pdf' }));

    const stored = server.documentOf(fileDocumentName(doc, slot)).getMap('file').get('sealed');
    expect(stored).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder('latin1').decode(stored as Uint8Array)).not.toContain('ZEBRA');

    const received = await files.receive(slot, 'application/pdf');
    expect(received?.type).toBe('application/pdf');
    expect(await bytesOf(received as Blob)).toEqual(plain);

    await files.clear(slot);
    expect(server.documentOf(fileDocumentName(doc, slot)).getMap('file').has('sealed')).toBe(false);
    expect(await files.receive(slot, 'application/pdf')).toBeUndefined();
  });

  it("refuses bytes moved into another file's document, or sealed with another key", async () => {
    const key = await generateSyncKey();
    const doc = newDocumentName();
    const server = memoryServer();
    const files = evidenceBytes(server.open, key, doc);
    const [first, second] = await Promise.all(
      ['evidence-1', 'evidence-2'].map((id) => rowSlot(key, 'evidenceFiles', id)),
    );
    await files.send(first as string, new Blob(['one']));
    const sealed = server.documentOf(fileDocumentName(doc, first as string)).getMap('file');
    server
      .documentOf(fileDocumentName(doc, second as string))
      .getMap('file')
      .set('sealed', sealed.get('sealed'));
    await expect(files.receive(second as string, 'image/png')).rejects.toBeInstanceOf(SealError);

    const stranger = evidenceBytes(server.open, await generateSyncKey(), doc);
    await expect(stranger.receive(first as string, 'image/png')).rejects.toBeInstanceOf(SealError);
  });
});
