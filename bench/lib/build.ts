// Builds the extension for Chromium into a directory of the bench's own, so others' rebuilds of dist/ do not disturb it.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../test/e2e/serve';

/** Where the bench's build goes unless BACKSTORY_OUT says otherwise. */
export const defaultOut = (): string => join(tmpdir(), `backstory-bench-${process.getuid?.() ?? 'user'}`);

/** `vite build --mode chrome` into `out`; throws with vite's output when it fails. Returns the build's ms. */
export function buildExtension(out: string): number {
  const started = performance.now();
  const result = spawnSync('npx', ['vite', 'build', '--mode', 'chrome'], {
    cwd: root,
    env: { ...process.env, BACKSTORY_OUT: out },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}
