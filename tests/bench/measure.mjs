// Browser measurements for `cargo xtask bench`: for each built site, the median of N runs in
// headless Chromium of
//   - the first contentful paint, and whether that paint already showed highlighted text,
//   - the same for the page as plain static HTML (the prerendered text, no script),
//   - the time until the app is interactive (hydrated),
//   - click-to-filter: until the DOM shows the filter, and until the next frame is painted,
//     for the first click on a fresh page and for a later one; and the first click again in
//     a Chromium that compiles all wasm ahead instead of each function on its first call,
//     which shows how much of the first click is the browser compiling code,
//   - the clicked mention's shift on screen, and the JS heap after load.
// and the size of every file (raw, gzip, brotli).
// Usage: node tests/bench/measure.mjs --runs 10 LABEL=DIST_DIR [LABEL=DIST_DIR ...]
// Prints one JSON object per site on stdout.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../e2e/support/server.mjs";
import { launch } from "../e2e/support/browser.mjs";
import { measure } from "../e2e/support/size.mjs";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 10) || 10;
const sites = args.filter((a) => a.includes("=")).map((a) => a.split("="));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/** The prerendered page with every script and preload removed: the static baseline. */
async function writeStatic(dist) {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const stripped = html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, "");
  await writeFile(join(dist, "static.html"), stripped);
}

/** First contentful paint, and whether highlighted text was in the DOM at that point. */
async function paint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Record whether mentions exist when the first contentful paint is reported.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === "first-contentful-paint") {
          window.__fcp = e.startTime;
          window.__highlightedAtFcp = document.querySelectorAll("[data-entity]").length > 0;
        }
      }
    }).observe({ type: "paint", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.__fcp !== undefined, null, { timeout: 15000 });
  const result = await page.evaluate(() => ({ fcp: window.__fcp, highlighted: window.__highlightedAtFcp }));
  await context.close();
  return result;
}

/**
 * Clicks a mention of the most-named entity, in view, in the first source; returns the time
 * until the DOM shows the filter (the mention pressed), until the next frame is painted, and
 * how far the mention moved on screen. Runs in the page.
 *
 * With `dry`, runs the same measuring code without clicking: it watches and presses an
 * element of its own that is never attached, so neither the page nor the app is touched. A
 * dry run before the first click keeps the browser's compiling of this code (its observer,
 * its promises) out of the first click's figure, which is the app's first click.
 */
async function clickOnce(dry = false) {
  const mentions = [...document.querySelectorAll("[data-source] [data-entity]")];
  const counts = new Map();
  for (const m of mentions) counts.set(m.dataset.entity, (counts.get(m.dataset.entity) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const target = mentions.find((m) => m.dataset.entity === top && m.getBoundingClientRect().top > 0);
  const before = target.getBoundingClientRect().top;
  const watched = dry ? document.createElement("span") : target;
  let dom = null;
  const observer = new MutationObserver(() => {
    if (dom === null && watched.getAttribute("aria-pressed") === "true") dom = performance.now();
  });
  observer.observe(dry ? watched : document.body, { attributes: true, childList: true, subtree: true });
  const t0 = performance.now();
  if (dry) watched.setAttribute("aria-pressed", "true");
  else target.click();
  // After the next frame is painted: a task queued from the next animation frame.
  const painted = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
  observer.disconnect();
  const after = target.getBoundingClientRect().top;
  return { dom: dom === null ? null : dom - t0, painted: painted - t0, shift: Math.abs(after - before) };
}

/** Load to interactive, click-to-filter timings, shift of the clicked mention, heap. */
async function interact(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 30000 });
  // Three frames: hydration and the effects that follow it have run.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
  const interactive = await page.evaluate(() => performance.now());
  // The first click on a fresh page (which includes the browser compiling the app's code it
  // runs for the first time; a dry run has compiled the measuring code), then, after Escape,
  // a later click on the same mention.
  await page.evaluate(clickOnce, true);
  const click = await page.evaluate(clickOnce);
  await page.keyboard.press("Escape");
  await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 50)));
  const later = await page.evaluate(clickOnce);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const heap = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
  await context.close();
  return { interactive, wall: Date.now() - start, ...click, laterDom: later.dom, laterPainted: later.painted, heap };
}

const browser = await launch();
// The same browser but compiling every wasm function when the module loads: a diagnostic for
// the first click, not what a reader's browser does.
const eager = await launch({ args: ["--js-flags=--no-wasm-lazy-compilation"] });
for (const [label, dist] of sites) {
  // Sizes first: the static baseline written next is not part of the site.
  const sizes = await measure(dist);
  await writeStatic(dist);
  const server = await serve({ root: dist, base: "/" });
  const app = [];
  const plain = [];
  const clicks = [];
  const eagerClicks = [];
  for (let i = 0; i < runs; i++) {
    app.push(await paint(browser, server.url));
    plain.push(await paint(browser, server.url + "static.html"));
    clicks.push(await interact(browser, server.url));
    eagerClicks.push(await interact(eager, server.url));
  }
  await server.close();
  const fcp = median(app.map((r) => r.fcp));
  const staticFcp = median(plain.map((r) => r.fcp));
  const report = {
    label,
    runs,
    bytes: sizes,
    first_paint_ms: fcp,
    highlighted_at_first_paint: app.every((r) => r.highlighted),
    static_first_paint_ms: staticFcp,
    startup_ratio: fcp / staticFcp,
    interactive_ms: median(clicks.map((r) => r.interactive)),
    click_to_dom_ms: median(clicks.map((r) => r.dom)),
    click_to_paint_ms: median(clicks.map((r) => r.painted)),
    later_click_to_dom_ms: median(clicks.map((r) => r.laterDom)),
    first_click_precompiled_to_dom_ms: median(eagerClicks.map((r) => r.dom)),
    later_click_to_paint_ms: median(clicks.map((r) => r.laterPainted)),
    clicked_mention_shift_px: Math.max(...clicks.map((r) => r.shift)),
    js_heap_bytes: median(clicks.map((r) => r.heap)),
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}
await browser.close();
await eager.close();
