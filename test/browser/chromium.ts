import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (or CHROMIUM_PATH), headless. The machines have no outside network: the flags
 * keep Chromium from reaching for Google's services, so every request a page makes is its own. In
 * Italian, as the Comune's staff see the pages: the date and time inputs follow the browser's own
 * language (Debian's chromium-l10n; the context's locale alone leaves them mm/dd/yyyy and 12-hour).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, LANGUAGE: 'it' },
    args: [
      '--lang=it',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
