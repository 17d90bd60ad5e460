/**
 * The sync server as `npm run sync-server` runs it (scripts/sync-server.mjs), as a child process
 * for the sync tests: started on 127.0.0.1, resolved with its address once it says it listens.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const SERVER = join(import.meta.dirname, '../../scripts/sync-server.mjs');

/** Start the server script; resolves with its address once it says it listens. */
export async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (ws:\/\/\S+)/.exec(output);
      if (found) resolve(found[1] as string);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`sync server exited (${code}): ${output}`)));
  });
  return { child, url: address };
}

/** Stop a server started here, and wait until it has exited (its storage written). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
