// Find a Chromium for the e2e tests, or install one: CHROMIUM_PATH, /usr/bin/chromium, Playwright's own;
// else `npx playwright install chromium`; else, on Debian as root, Debian's chromium (as .ci/run does);
// else one line saying what to install. Prints the path found; exits 1 when there is none.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export async function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const own = await playwrightOwn();
  if (own) return own;
  console.log('No Chromium found: trying `npx playwright install chromium`');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const installed = await playwrightOwn();
    if (installed) return installed;
  }
  const debian = existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (debian) {
    console.log("Installing Debian's chromium with apt-get");
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
      existsSync('/usr/bin/chromium')
    )
      return '/usr/bin/chromium';
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (!path) {
    console.error(
      'No Chromium for the e2e tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log(path);
}
