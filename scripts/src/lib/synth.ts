import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `manifests-src` synth in the repository at `root`; throws with its output on failure. */
export function runSynth(root: string): void {
  const local = join(root, 'node_modules/.bin/tsx');
  const [command, args] = existsSync(local) ? [local, []] : ['npx', ['--no-install', 'tsx']];
  const run = spawnSync(command, [...args, 'manifests-src/src/main.ts'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`synth failed:\n${run.stdout}${run.stderr}`);
  // Progress goes to stderr: stdout of promote is the pull request body.
  process.stderr.write(run.stdout);
}
