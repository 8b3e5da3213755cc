// The keyboard (issue 4): Tab reaches mentions, Enter or Space filters (Shift+Enter adds),
// n / p jump to the next / previous mention of the filtered entity across sources and
// scroll it into view, Escape clears, ? lists the shortcuts, / finds a name.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useEnv } from "./support/app.mjs";

/** The visible mentions of the filter, in reading order, as [entity, source file, index]. */
function activeMentions(app) {
  return app.page.locator(".reader .mention[aria-pressed=true]").evaluateAll((ms) =>
    ms.filter((m) => m.getClientRects().length > 0).map((m) => m.closest("[data-source]").dataset.source),
  );
}

/** Which of the visible active mentions has focus (-1: none). */
function focusIndex(app) {
  return app.page.evaluate(() => {
    const ms = [...document.querySelectorAll(".reader .mention[aria-pressed=true]")].filter((m) => m.getClientRects().length > 0);
    return ms.indexOf(document.activeElement);
  });
}

/** Whether the focused element is inside the window. */
function focusedOnScreen(app) {
  return app.page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  });
}

describe("keyboard", () => {
  const env = useEnv();

  it("Tab reaches the mentions; Enter filters, Space filters, Shift+Enter adds", async () => {
    const app = await env.open();
    let presses = 0;
    while (!(await app.focused())?.entity && presses++ < 40) await app.page.keyboard.press("Tab");
    const first = (await app.focused()).entity;
    assert.ok(first, "a mention is within a few Tab presses of the top");
    await app.press("Enter");
    assert.deepEqual(app.filterInUrl(), [first]);
    await app.press("Enter");
    assert.deepEqual(app.filterInUrl(), [], "Enter on the filtered name clears it");

    // Space on a different mention.
    do await app.page.keyboard.press("Tab");
    while ((await app.focused()).entity === first);
    const second = (await app.focused()).entity;
    assert.ok(second);
    await app.press("Space");
    assert.deepEqual(app.filterInUrl(), [second]);

    // Shift+Enter adds the next different visible one.
    do await app.page.keyboard.press("Tab");
    while ((await app.focused()).entity === second);
    const third = (await app.focused()).entity;
    assert.ok(third);
    await app.press("Shift+Enter");
    assert.deepEqual(app.filterInUrl(), [second, third]);
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("n and p walk through the filtered entity's mentions across sources, scrolled into view", async () => {
    const app = await env.open("?e=homs", { reducedMotion: "reduce" });
    const sources = await activeMentions(app);
    assert.ok(new Set(sources).size > 1, "Homs is named in several sources");
    const n = sources.length;
    const seen = [];
    for (let i = 0; i < n; i++) {
      await app.press("n");
      seen.push(await focusIndex(app));
      assert.ok(await focusedOnScreen(app), `mention ${i} is scrolled into view`);
      assert.equal((await app.focused()).entity, "homs");
    }
    assert.deepEqual(seen, [...Array(n).keys()], "in reading order, across sources");
    await app.press("n");
    assert.equal(await focusIndex(app), 0, "n wraps round to the first");
    await app.press("p");
    assert.equal(await focusIndex(app), n - 1, "p goes back, wrapping to the last");
    await app.press("p");
    assert.equal(await focusIndex(app), n - 2);
    assert.ok(await focusedOnScreen(app));
    assert.deepEqual(app.filterInUrl(), ["homs"], "moving does not change the filter");
    await app.close();
  });

  it("n and p do nothing without a filter", async () => {
    const app = await env.open();
    const before = await app.page.evaluate(() => [scrollY, document.activeElement === document.body]);
    await app.press("n");
    await app.press("p");
    assert.deepEqual(await app.page.evaluate(() => [scrollY, document.activeElement === document.body]), before);
    await app.close();
  });

  it("Escape closes an open panel first, then clears the filter", async () => {
    const app = await env.open("?e=homs");
    await app.press("?");
    assert.equal(await app.shortcuts().count(), 1);
    await app.press("Escape");
    assert.equal(await app.shortcuts().count(), 0);
    assert.deepEqual(app.filterInUrl(), ["homs"]);
    await app.press("Escape");
    assert.deepEqual(app.filterInUrl(), []);
    assert.deepEqual(await app.filtered(), []);
    await app.press("Escape");
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("? lists the shortcuts, and gives focus back when closed", async () => {
    const app = await env.open();
    await app.press("?");
    const dialog = app.shortcuts();
    assert.equal(await dialog.getAttribute("role"), "dialog");
    assert.equal(await app.page.evaluate(() => document.activeElement.hasAttribute("data-shortcuts")), true);
    const keys = await dialog.locator("kbd").allTextContents();
    for (const key of ["Tab", "Enter", "Space", "Shift", "n", "p", "/", "Esc", "?"]) assert.ok(keys.includes(key), key);
    await app.press("?");
    assert.equal(await dialog.count(), 0, "? toggles it");
    await app.page.locator("[data-toggle=shortcuts]").click();
    await app.settled();
    assert.equal(await dialog.count(), 1, "the toolbar button opens it too");
    await dialog.locator("button").click();
    await app.settled();
    assert.equal(await dialog.count(), 0);
    assert.equal(await app.page.evaluate(() => document.activeElement.dataset.toggle === "shortcuts"), true);
    await app.close();
  });

  it("/ opens the index with the cursor in its search box; typed letters are text, not shortcuts", async () => {
    const app = await env.open("?e=homs");
    await app.press("/");
    assert.equal(await app.index().count(), 1);
    await app.page.keyboard.type("np?/");
    await app.settled();
    assert.equal(await app.indexSearch().inputValue(), "np?/");
    assert.equal(await app.shortcuts().count(), 0);
    assert.deepEqual(app.filterInUrl(), ["homs"]);
    await app.close();
  });

  it("leaves keys with Ctrl, Alt or Cmd to the browser", async () => {
    const app = await env.open("?e=homs");
    await app.press("Control+n");
    await app.press("Alt+/");
    assert.equal(await app.index().count(), 0);
    assert.equal((await app.focused()).entity, null);
    await app.close();
  });
});
