// The build step of npm start, npm run token and npm run import: runs `npm run build` (TypeScript,
// then the dashboard's bundle) only when a source is newer than the last build (dist/.build-stamp),
// so that running again with nothing changed costs no compiler run.
// Plain JavaScript on purpose: it runs before anything is compiled.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// tsc leaves its own .tsbuildinfo untouched when nothing changed: the stamp says when a build last began.
const built = 'dist/.build-stamp';
const sources = ['gateway', 'server', 'subgraphs', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = !existsSync(built) || Math.max(...sources.filter(existsSync).map(newest)) > statSync(built).mtimeMs;
if (stale) {
  const began = new Date();
  // Progress goes to stderr: `npm run -s token` prints the token alone on stdout.
  execFileSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 2, 2] });
  writeFileSync(built, '');
  utimesSync(built, began, began);
} else {
  console.error('[hub] the build is up to date');
}
