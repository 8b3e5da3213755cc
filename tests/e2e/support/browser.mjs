// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";

/** The Chromium executable: $PARALLAX_CHROMIUM, else `which chromium`. */
export function chromiumPath() {
  if (process.env.PARALLAX_CHROMIUM) return process.env.PARALLAX_CHROMIUM;
  return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
}

/** Launches headless Chromium with the flags this machine's closed network needs, and `args`. */
export function launch({ args = [] } = {}) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...args,
    ],
  });
}
