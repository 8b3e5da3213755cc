// The phone layout (issue 4) at 390×844 with touch: below about 900 px the sources become
// tabs that keep the filter and show per-source counts, and swiping moves between them; the
// page never scrolls sideways; every interactive element is at least 24×24 px.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { PHONE, useEnv } from "./support/app.mjs";

const TOUCH = { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Visible interactive elements smaller than 24×24 CSS px. */
function smallTargets(app) {
  return app.page.evaluate(() =>
    [...document.querySelectorAll("button, a[href], input, select, summary, [tabindex]:not([tabindex='-1'])")]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ what: `${e.tagName}.${e.className} “${e.textContent.slice(0, 24)}”`, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ what, box }) => `${what} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
  );
}

const overflow = (app) => app.page.evaluate(() => document.documentElement.scrollWidth);

/** A horizontal swipe over the reader, as touch events. */
async function swipe(app, dx, dy = 0) {
  await app.page.locator(".reader [data-current] [data-passage]").first().evaluate(
    (target, [dx, dy]) => {
      const at = (x, y) => new Touch({ identifier: 1, target, clientX: x, clientY: y });
      const start = at(300, 400);
      const end = at(300 + dx, 400 + dy);
      target.dispatchEvent(new TouchEvent("touchstart", { touches: [start], changedTouches: [start], bubbles: true }));
      target.dispatchEvent(new TouchEvent("touchmove", { touches: [end], changedTouches: [end], bubbles: true }));
      target.dispatchEvent(new TouchEvent("touchend", { touches: [], changedTouches: [end], bubbles: true }));
    },
    [dx, dy],
  );
  await app.settled();
}

describe("phone", () => {
  const env = useEnv();
  let files;
  before(async () => {
    const app = await env.open();
    files = await app.sources();
    await app.close();
  });

  it("never scrolls sideways at 390 px, whatever is open", async () => {
    const app = await env.open("", TOUCH);
    assert.equal(await overflow(app), 390, "default");
    await app.goto("?e=homs");
    assert.equal(await overflow(app), 390, "filtered");
    await app.goto("?e=homs,hama");
    assert.equal(await overflow(app), 390, "two entities");
    await app.openIndex();
    assert.equal(await overflow(app), 390, "index open");
    await app.press("Escape");
    await app.press("?");
    assert.equal(await overflow(app), 390, "shortcuts open");
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("shows one source at a time, as tabs with each source's passage count", async () => {
    const app = await env.open("", TOUCH);
    const tabs = await app.sourceTabs().evaluateAll((ts) => ts.map((t) => t.dataset.sourceTab));
    assert.deepEqual(tabs, files);
    assert.deepEqual(await app.visibleColumns(), [files[0]]);
    assert.equal(await app.sourceTab(files[0]).getAttribute("aria-pressed"), "true");
    for (const file of files) {
      const passages = await app.column(file).locator("[data-passage]").count();
      assert.equal(Number.parseInt(await app.sourceTab(file).locator("[data-tab-count]").textContent()), passages, file);
    }
    await app.close();
  });

  it("keeps the filter from tab to tab, with the filtered count on each tab", async () => {
    const app = await env.open("?e=homs", TOUCH);
    const bar = await app.filtered();
    for (const file of files) {
      await app.sourceTab(file).click();
      await app.settled();
      assert.deepEqual(await app.visibleColumns(), [file]);
      assert.equal(await app.sourceTab(file).getAttribute("aria-pressed"), "true");
      const shown = await app.visiblePassages(file).count();
      assert.equal(Number.parseInt(await app.sourceTab(file).locator("[data-tab-count]").textContent()), shown, file);
      assert.deepEqual(await app.filtered(), bar, "the filter is kept");
      assert.deepEqual(app.filterInUrl(), ["homs"]);
      const strays = await app.visiblePassages(file).filter({ hasNot: app.page.locator('[data-entity="homs"]') }).count();
      assert.equal(strays, 0, "only passages naming Homs");
    }
    const counts = await app.sourceTabs().locator("[data-tab-count]").allTextContents();
    assert.ok(new Set(counts).size > 1, `the counts differ between sources: ${counts}`);
    await app.close();
  });

  it("moves to the next or previous source with a sideways swipe, not an upward one", async () => {
    const app = await env.open("?e=homs", TOUCH);
    await swipe(app, -150);
    assert.deepEqual(await app.visibleColumns(), [files[1]]);
    await swipe(app, -150);
    assert.deepEqual(await app.visibleColumns(), [files[2]]);
    await swipe(app, -150);
    assert.deepEqual(await app.visibleColumns(), [files[2]], "the last source stays");
    await swipe(app, 150);
    assert.deepEqual(await app.visibleColumns(), [files[1]]);
    await swipe(app, -60, -200);
    assert.deepEqual(await app.visibleColumns(), [files[1]], "a mostly vertical swipe scrolls, nothing else");
    assert.deepEqual(app.filterInUrl(), ["homs"]);
    await app.close();
  });

  it("brings the right tab forward when n jumps to a mention in another source", async () => {
    const app = await env.open("?e=homs", TOUCH);
    const seen = new Set();
    for (let i = 0; i < 30; i++) {
      await app.press("n");
      const [file] = await app.visibleColumns();
      const focusedIn = await app.page.evaluate(() => document.activeElement.closest("[data-source]")?.dataset.source);
      assert.equal(focusedIn, file, "the focused mention is in the source on screen");
      seen.add(file);
    }
    assert.equal(seen.size, files.length, "n visits every source");
    await app.close();
  });

  it("has touch targets of at least 24×24 px, filtered or not, with the index open", async () => {
    const app = await env.open("", TOUCH);
    assert.deepEqual(await smallTargets(app), []);
    await app.goto("?e=homs");
    assert.deepEqual(await smallTargets(app), []);
    await app.goto("?e=homs,hama");
    assert.deepEqual(await smallTargets(app), []);
    await app.openIndex();
    assert.deepEqual(await smallTargets(app), []);
    await app.close();
  });

  it("shows no tabs, and every source side by side, on a wide screen", async () => {
    const app = await env.open("?e=homs");
    assert.equal(await app.sourceTabs().filter({ visible: true }).count(), 0);
    assert.deepEqual(await app.visibleColumns(), files);
    await app.close();
  });
});
