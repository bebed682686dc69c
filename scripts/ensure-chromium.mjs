// Runs before `npm test`: makes sure a Chromium exists for the end-to-end tests, installing one if not.
import { execSync } from 'node:child_process';
import { chromiumExecutable } from './chromium.mjs';

const run = (command) => {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

if (chromiumExecutable() !== null) process.exit(0);

console.log('No Chromium found for the end-to-end tests; installing one…');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const viaApt =
  isRoot &&
  run('command -v apt-get >/dev/null') &&
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
if (!viaApt) run('npx playwright install chromium');

if (chromiumExecutable() === null) {
  console.error(
    'Could not install Chromium: install Debian/Ubuntu `chromium` (or run `npx playwright install chromium`), then run `npm test` again.',
  );
  process.exit(1);
}
