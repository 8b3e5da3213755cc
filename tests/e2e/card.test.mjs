// The mention card (issue 4), on hover and on keyboard focus: the canonical name, the kind,
// every spelling with the sources that use it, mentions per source. Rendered only while a
// mention is hovered or focused. Expectations come from the reader's own mentions.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, hook, useEnv } from "./support/app.mjs";

/** For one entity: mentions per source file, and per spelling the sources using it. */
function census(app, id) {
  return app.page.evaluate((id) => {
    const out = { kind: null, counts: {}, spellings: {}, titles: {} };
    for (const col of document.querySelectorAll(".reader [data-source]")) {
      out.titles[col.dataset.source] = col.querySelector(".column-title").textContent;
    }
    for (const m of document.querySelectorAll(`.reader [data-entity="${id}"]`)) {
      const file = m.closest("[data-source]").dataset.source;
      out.kind = m.dataset.kind;
      out.counts[file] = (out.counts[file] ?? 0) + 1;
      const s = (out.spellings[m.textContent] ??= {});
      s[file] = (s[file] ?? 0) + 1;
    }
    return out;
  }, id);
}

describe("mention card", () => {
  const env = useEnv();
  let app;
  before(async () => {
    app = await env.open();
  });

  it("is not rendered until a mention is hovered", async () => {
    const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
    assert.ok(!html.includes("data-card"), "not in the prerendered page");
    assert.equal(await app.card().count(), 0);
  });

  it("on hover, names the entity and its kind, its spellings with their sources, and its mentions per source", async () => {
    // An entity written more than one way, named by more than one source.
    const ids = await app.mention().evaluateAll((els) => [...new Set(els.map((e) => e.dataset.entity))]);
    let id;
    let truth;
    for (const candidate of ids) {
      const c = await census(app, candidate);
      if (Object.keys(c.spellings).length > 1 && Object.keys(c.counts).length > 1) {
        id = candidate;
        truth = c;
        break;
      }
    }
    assert.ok(id, "the seeds have an entity with several spellings in several sources");
    // The canonical name, as the filter bar gives it.
    await app.goto(`?e=${id}`);
    const name = await app.page.locator(`[data-filter-entity="${id}"] .filter-name`).textContent();
    await app.goto("");

    await app.visibleMentions(id).first().hover();
    await app.settled();
    const card = app.card();
    assert.equal(await card.count(), 1);
    assert.equal(await card.locator(".card-name").textContent(), name);
    assert.equal(await card.locator(".kind-badge").textContent(), truth.kind);
    assert.equal(await card.getAttribute("data-kind"), truth.kind);

    for (const [file, title] of Object.entries(truth.titles)) {
      const row = card.locator(hook("data-card-source", file));
      assert.equal(await row.locator("th").textContent(), title);
      assert.equal(Number(await row.locator("td").textContent()), truth.counts[file] ?? 0, `${file} count`);
    }
    const total = Object.values(truth.counts).reduce((a, b) => a + b);
    assert.match(await card.locator(".card-total").textContent(), new RegExp(`^${total} mentions in ${Object.keys(truth.counts).length} of ${Object.keys(truth.titles).length} sources$`));

    const spellings = await card.locator("[data-card-spelling]").evaluateAll((li) => li.map((l) => l.dataset.cardSpelling));
    assert.deepEqual([...spellings].sort(), Object.keys(truth.spellings).sort(), "every spelling, once");
    for (const [text, bySource] of Object.entries(truth.spellings)) {
      const chips = await card.locator(hook("data-card-spelling", text)).locator(".card-source").allTextContents();
      const expected = Object.entries(bySource).map(([file, n]) => `${truth.titles[file]} ×${n}`);
      assert.deepEqual(chips.sort(), expected.sort(), `sources writing “${text}”`);
    }
  });

  it("stays while the pointer moves onto it, and goes when the pointer leaves", async () => {
    const mention = app.visibleMentions("homs").first();
    await mention.hover();
    await app.settled();
    const box = await app.card().boundingBox();
    const m = await mention.boundingBox();
    // Straight down from the mention into the card, then to its middle.
    await app.page.mouse.move(m.x + 2, m.y + m.height - 1);
    await app.page.mouse.move(m.x + 2, box.y + 3, { steps: 4 });
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await app.settled();
    assert.equal(await app.card().count(), 1, "the card stays under the pointer");
    assert.equal(await app.card().locator(".card-name").textContent(), "Homs");
    await app.page.mouse.move(5, 5, { steps: 4 });
    await app.settled();
    assert.equal(await app.card().count(), 0);
  });

  it("goes with Escape while the pointer rests on the mention, which clears the filter in one press", async () => {
    await app.goto("?e=homs");
    await app.visibleMentions("homs").first().hover();
    await app.settled();
    assert.equal(await app.card().count(), 1);
    await app.press("Escape");
    assert.equal(await app.card().count(), 0);
    assert.deepEqual(app.filterInUrl(), []);
    await app.page.mouse.move(5, 5);
    await app.goto("");
  });

  it("stays inside the window next to the right edge", async () => {
    const files = await app.sources();
    const last = app.column(files.at(-1)).locator("[data-entity]").first();
    await last.hover();
    await app.settled();
    const box = await app.card().boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 1400, JSON.stringify(box));
    await app.page.mouse.move(5, 5);
    await app.settled();
  });

  it("shows on keyboard focus, and Escape dismisses it without moving focus", async () => {
    await app.goto("?e=homs");
    for (let i = 0; i < 80 && !(await app.focused())?.entity; i++) await app.page.keyboard.press("Tab");
    await app.settled();
    const focused = (await app.focused()).entity;
    assert.ok(focused, "Tab reached a mention");
    assert.equal(await app.card().count(), 1);
    const name = await app.card().locator(".card-name").textContent();
    assert.ok(name.length > 0);
    await app.press("Escape");
    assert.equal(await app.card().count(), 0, "Escape dismisses the card");
    assert.equal((await app.focused()).entity, focused, "focus stays");
    assert.deepEqual(app.filterInUrl(), [], "and, as Escape does, the filter is cleared");
    await app.page.keyboard.press("Tab");
    await app.settled();
    assert.equal(await app.card().count(), 1, "the next mention's card");
    await app.page.locator("[data-toggle=index]").focus();
    await app.settled();
    assert.equal(await app.card().count(), 0, "focus left the mentions");
    assert.deepEqual(app.errors, []);
  });
});
