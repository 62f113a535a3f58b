import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (or CHROMIUM_PATH), headless. The machines have no outside network: the flags
 * keep Chromium from reaching for Google's services, so every request a page makes is its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
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
