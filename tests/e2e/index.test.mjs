// The entity index (issue 4): every entity, grouped by kind, with its mentions per source as
// a coverage matrix; sortable by total and by spread; a search box that `/` focuses; names
// only one source uses marked; choosing one filters the reader. Rendered only when opened.
// Expectations come from the reader's own mentions in the page, not from the index.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, useEnv } from "./support/app.mjs";

const KINDS = ["person", "organization", "place", "group"];

/** Mentions per entity per source, and each entity's kind and spellings, read from the reader. */
async function census(app) {
  return app.page.evaluate(() => {
    const files = [...document.querySelectorAll(".reader [data-source]")].map((c) => c.dataset.source);
    const entities = {};
    for (const m of document.querySelectorAll(".reader [data-entity]")) {
      const file = m.closest("[data-source]").dataset.source;
      const e = (entities[m.dataset.entity] ??= { kind: m.dataset.kind, counts: {}, spellings: new Set() });
      e.counts[file] = (e.counts[file] ?? 0) + 1;
      e.spellings.add(m.textContent);
    }
    for (const e of Object.values(entities)) e.spellings = [...e.spellings];
    return { files, entities };
  });
}

describe("entity index", () => {
  const env = useEnv();
  let app;
  let truth;
  before(async () => {
    app = await env.open();
    truth = await census(app);
  });

  it("is not in the page until opened, so start-up does not pay for it", async () => {
    const html = readFileSync(join(ROOT, "dist", "index.html"), "utf8");
    assert.ok(!html.includes("data-index-row"), "the prerendered page has no index rows");
    assert.equal(await app.index().count(), 0);
    assert.equal(await app.indexToggle().getAttribute("aria-expanded"), "false");
    await app.openIndex();
    assert.equal(await app.index().count(), 1);
    assert.equal(await app.indexToggle().getAttribute("aria-expanded"), "true");
    assert.equal((await app.focused()).tag, "INPUT", "opening the index puts the cursor in its search box");
  });

  it("lists every entity once, grouped by kind in legend order", async () => {
    const rows = await app.indexMatrix();
    assert.deepEqual(rows.map((r) => r.id).sort(), Object.keys(truth.entities).sort());
    const kinds = rows.map((r) => KINDS.indexOf(r.kind));
    assert.deepEqual(kinds, [...kinds].sort((a, b) => a - b), "rows are grouped by kind");
    for (const row of rows) assert.equal(row.kind, truth.entities[row.id].kind, row.id);
    const groups = await app.page.locator("[data-index] tbody[data-kind]").evaluateAll((t) => t.map((b) => b.dataset.kind));
    assert.deepEqual(groups, KINDS.filter((k) => rows.some((r) => r.kind === k)));
  });

  it("shows each entity's mentions per source, its total and its spread, and marks single-source names", async () => {
    assert.deepEqual(await app.indexSourceHeadings(), await app.page.locator(".reader .column-title").allTextContents());
    const rows = await app.indexMatrix();
    let singles = 0;
    for (const row of rows) {
      const counts = truth.files.map((f) => truth.entities[row.id].counts[f] ?? 0);
      assert.deepEqual(row.cells, counts, `${row.id} per source`);
      assert.equal(row.total, counts.reduce((a, b) => a + b), `${row.id} total`);
      const spread = counts.filter((n) => n > 0).length;
      assert.equal(row.spread, spread, `${row.id} spread`);
      assert.equal(row.single, spread === 1, `${row.id} is marked as named by one source iff it is`);
      if (row.single) singles++;
    }
    assert.ok(singles > 0 && singles < rows.length, "the corpus has both single-source and shared names");
  });

  it("sorts each kind by total, or by spread", async () => {
    const sortedWithinKinds = (rows, key) =>
      KINDS.every((k) => {
        const values = rows.filter((r) => r.kind === k).map(key);
        return values.every((v, i) => i === 0 || values[i - 1] >= v);
      });
    const th = (by) => app.page.locator(`[data-index] th:has([data-sort="${by}"])`);
    await app.sortIndex("spread");
    const bySpread = await app.indexMatrix();
    assert.ok(sortedWithinKinds(bySpread, (r) => r.spread), "spread descending within each kind");
    assert.equal(await th("spread").getAttribute("aria-sort"), "descending");
    assert.equal(await th("total").getAttribute("aria-sort"), "none");
    await app.sortIndex("total");
    const byTotal = await app.indexMatrix();
    assert.ok(sortedWithinKinds(byTotal, (r) => r.total), "total descending within each kind");
    assert.equal(await th("total").getAttribute("aria-sort"), "descending");
    assert.notDeepEqual(byTotal.map((r) => r.id), bySpread.map((r) => r.id), "the two orders differ on this corpus");
  });

  it("finds names and spellings as you type", async () => {
    // An entity written in more than one way, searched by a spelling that is not its name.
    const names = Object.fromEntries(
      await app.page.locator("[data-index-row]").evaluateAll((rows) => rows.map((r) => [r.dataset.indexRow, r.querySelector("button").textContent])),
    );
    const aliasOf = (id) => truth.entities[id].spellings.find((s) => !names[id].toLowerCase().includes(s.toLowerCase()));
    const id = Object.keys(truth.entities).find(aliasOf);
    assert.ok(id, "some entity has a spelling that is not part of its name");
    const alias = aliasOf(id);
    await app.indexSearch().fill(alias.toUpperCase());
    const found = await app.indexRows();
    assert.ok(found.includes(id), `searching “${alias}” finds ${id}`);
    for (const other of found) {
      const e = truth.entities[other];
      const texts = [...e.spellings, await app.indexRow(other).locator("button").textContent()];
      assert.ok(texts.some((t) => t.toLowerCase().includes(alias.toLowerCase())), `${other} matches “${alias}”`);
    }
    assert.ok(found.length < Object.keys(truth.entities).length);
    await app.indexSearch().fill("qqqzzz");
    assert.deepEqual(await app.indexRows(), []);
    assert.match(await app.index().textContent(), /No name matches/);
    await app.indexSearch().fill("");
    assert.equal((await app.indexRows()).length, Object.keys(truth.entities).length);
  });

  it("filters the reader to the name chosen, and adds a second with Shift", async () => {
    const rows = await app.indexMatrix();
    const shared = rows.filter((r) => r.spread === truth.files.length);
    const [first, second] = shared;
    await app.indexRow(first.id).locator("button").click();
    await app.settled();
    assert.deepEqual(app.filterInUrl(), [first.id]);
    assert.deepEqual(await app.filtered(), [first.id]);
    assert.equal(await app.indexRow(first.id).locator("button").getAttribute("aria-pressed"), "true");
    for (const file of truth.files) {
      const passages = await app.visiblePassages(file).count();
      assert.ok(passages > 0, `${file} shows passages naming ${first.id}`);
      assert.equal(await app.visiblePassages(file).filter({ hasNot: app.page.locator(`[data-entity="${first.id}"]`) }).count(), 0);
    }
    await app.indexRow(second.id).locator("button").click({ modifiers: ["Shift"] });
    await app.settled();
    assert.deepEqual(app.filterInUrl(), [first.id, second.id]);
    assert.equal(await app.index().count(), 1, "on a wide screen the index stays open beside the reader");
  });

  it("closes with Escape or its button and gives focus back to the button that opened it", async () => {
    await app.indexSearch().focus();
    await app.press("Escape");
    assert.equal(await app.index().count(), 0);
    assert.equal(await app.page.evaluate(() => document.activeElement.dataset.toggle === "index"), true);
    assert.ok(app.filterInUrl().length > 0, "Escape closed the index, not the filter");
    await app.press("/");
    assert.equal(await app.index().count(), 1, "/ opens it again");
    await app.page.locator("[data-index-close]").click();
    await app.settled();
    assert.equal(await app.index().count(), 0);
    assert.deepEqual(app.errors, []);
  });

  it("lies over the reader on a narrower screen, where choosing a name closes it", async () => {
    const phone = await env.open("", { viewport: { width: 800, height: 900 } });
    try {
      await phone.openIndex();
      const box = await phone.index().boundingBox();
      const reader = await phone.page.locator("[data-reader]").boundingBox();
      assert.equal(Math.round(box.x + box.width), 800, "the index sits at the right edge");
      assert.ok(reader.x + reader.width > box.x + 100, "over the reader, which keeps its width");
      const id = (await phone.indexRows())[0];
      await phone.indexRow(id).locator("button").click();
      await phone.settled();
      assert.equal(await phone.index().count(), 0);
      assert.deepEqual(phone.filterInUrl(), [id]);
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.close();
    }
  });
});
