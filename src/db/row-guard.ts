/**
 * The database refuses a row its record's schema refuses (domain/records/schemas.ts), whoever
 * writes it: a form, a merge, an undo or a bug. A Dexie middleware (database.ts) checks every row
 * added or put, inside the write's own transaction, so a refused row aborts the whole write and
 * nothing of it is stored.
 *
 * The schemas load on demand (zod/mini; the first screen does not wait for them): the store loads
 * them before its first write (`runWrite`), and a write made before they have loaded is refused
 * rather than let through unchecked. Dexie's schema upgrades are not checked: they only move rows
 * that were already stored.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

type RowProblem = (table: string, row: unknown) => string | null;

let rowProblem: RowProblem | undefined;
let loading: Promise<void> | undefined;

/** Load the schemas the guard checks rows against; resolves at once once loaded. */
export function loadRowGuard(): Promise<void> {
  loading ??= import('../domain/records/schemas').then((schemas) => {
    rowProblem = schemas.rowRefusal;
  });
  return loading;
}

/** A write refused because a row breaks its record's rules; the message says which and why. */
export class RowRefusedError extends Error {
  override name = 'RowRefusedError';
}

function refusal(table: string, request: DBCoreMutateRequest): RowRefusedError | undefined {
  if (request.type !== 'add' && request.type !== 'put') return undefined;
  const mode = (request.trans as Partial<IDBTransaction>).mode;
  if (mode === 'versionchange') return undefined;
  if (!rowProblem)
    return new RowRefusedError('The app was still loading its checks; try again in a moment.');
  for (const row of request.values) {
    const problem = rowProblem(table, row);
    if (problem) return new RowRefusedError(problem);
  }
  return undefined;
}

/** The middleware: every add and put passes the guard before it reaches IndexedDB. */
export const rowGuardMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RowGuard',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          const refused = refusal(name, request);
          return refused ? Promise.reject(refused) : table.mutate(request);
        },
      };
    },
  }),
};
