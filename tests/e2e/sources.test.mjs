// Choosing the sources side by side (the scale issue, UI half), against a build over 300
// sources (the seeds copied; see support/many.mjs): two to four sit side by side, chosen in
// a list that shows every source with its count for the filter; the choice lives in the
// address (`s=`); the index, the bar and the card cover every source without drawing 300
// columns; filtering stays fast.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, start } from "./support/app.mjs";
import { COPIES, buildMany } from "./support/many.mjs";

const SOURCES = 3 * COPIES;

/** The seed a copied source comes from: its name after the copy number. */
const seedOf = (file) => file.slice(file.indexOf("-") + 1);

describe(`${SOURCES} sources`, () => {
  let env;
  before(async () => {
    env = await start({ root: buildMany() });
  }, { timeout: 30 * 60_000 });
  after(async () => {
    await env?.close();
  });

  /** Unfolds the chooser (its list is rendered only then). */
  const unfold = async (app) => {
    if ((await app.chooser().getAttribute("open")) === null) await app.chooser().locator("summary").click();
    await app.settled();
  };

  /** The chooser's rows, unfolding it: file, checked, disabled, count. */
  const rows = async (app) => {
    await unfold(app);
    return app.page.locator("[data-choose-source]").evaluateAll((lis) =>
      lis.map((li) => {
        const box = li.querySelector("input");
        return { file: li.dataset.chooseSource, checked: box.checked, disabled: box.disabled, count: Number(li.querySelector("[data-source-count]").textContent) };
      }),
    );
  };

  it("shows three side by side and lists every source with its count", async () => {
    const app = await env.open();
    const shown = await app.sources();
    assert.equal(shown.length, 3);
    assert.equal(await app.chooser().getAttribute("open"), null, "the list is folded away until wanted");
    assert.equal(await app.page.locator("[data-choose-source]").count(), 0, "and not rendered while folded");
    const list = await rows(app);
    assert.equal(list.length, SOURCES);
    assert.deepEqual(list.filter((r) => r.checked).map((r) => r.file), shown);
    assert.deepEqual(list.map((r) => r.file), [...list.map((r) => r.file)].sort(), "in file order");
    for (const file of shown) {
      const passages = await app.column(file).locator("[data-passage]").count();
      assert.equal(list.find((r) => r.file === file).count, passages);
    }
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("counts, for every source, the passages the filter keeps", async () => {
    const app = await env.open("?e=homs");
    const bySeed = {};
    for (const file of await app.sources()) bySeed[seedOf(file)] = await app.visiblePassages(file).count();
    const list = await rows(app);
    for (const r of list) assert.equal(r.count, bySeed[seedOf(r.file)], r.file);
    assert.match(await app.chooser().locator("summary").textContent(), new RegExp(`3 of ${SOURCES} · ${SOURCES} name the filter`));
    await app.goto("?e=hassan-abdul-ghany");
    const naming = (await rows(app)).filter((r) => r.count > 0).length;
    assert.equal(naming, COPIES, "a name one seed uses is in a third of the sources");
    await app.close();
  });

  it("chooses two to four sources, in the address, through reload and Back", async () => {
    const app = await env.open("?e=homs");
    const files = (await rows(app)).map((r) => r.file);
    const box = (file) => app.chooserRow(file).locator("input");
    await box(files[10]).check();
    await app.settled();
    assert.deepEqual(await app.sources(), [files[0], files[1], files[2], files[10]]);
    assert.equal(app.url().searchParams.get("s"), [files[0], files[1], files[2], files[10]].join(","));
    assert.deepEqual(app.filterInUrl(), ["homs"], "the filter is kept");
    const four = await rows(app);
    assert.ok(four.filter((r) => !r.checked).every((r) => r.disabled), "no fifth");
    assert.ok(four.filter((r) => r.checked).every((r) => !r.disabled));

    await box(files[0]).uncheck();
    await box(files[1]).uncheck();
    await app.settled();
    assert.deepEqual(await app.sources(), [files[2], files[10]]);
    const two = await rows(app);
    assert.ok(two.filter((r) => r.checked).every((r) => r.disabled), "no fewer than two");
    assert.ok(two.filter((r) => !r.checked).every((r) => !r.disabled));

    await app.reload();
    assert.deepEqual(await app.sources(), [files[2], files[10]]);
    await unfold(app);
    assert.deepEqual(await app.filtered(), ["homs"]);
    await app.page.goBack();
    await app.settled();
    assert.deepEqual(await app.sources(), [files[1], files[2], files[10]]);
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("finds a source by its title or file name, and chooses it from what it found", async () => {
    const app = await env.open("?e=homs");
    const files = (await rows(app)).map((r) => r.file);
    const search = app.chooserSearch();
    await search.click();
    await search.pressSequentially("REUTERS");
    await app.settled();
    assert.equal(await app.page.evaluate(() => document.activeElement?.hasAttribute("data-chooser-search")), true, "typing keeps the focus in the box");
    const reuters = await rows(app);
    assert.deepEqual(reuters.map((r) => r.file), files.filter((f) => seedOf(f) === "002_8f763a708d8fd802.txt"), "by title, in any case");
    assert.ok(reuters.every((r) => r.count > 0), "each with its count for the filter");

    await search.fill(" 050- ");
    await app.settled();
    const found = await rows(app);
    assert.deepEqual(found.map((r) => r.file), files.filter((f) => f.startsWith("050-")), "by file name");
    await app.chooserRow(found[1].file).locator("input").check();
    await app.settled();
    assert.deepEqual(await app.sources(), [files[0], files[1], files[2], found[1].file]);
    assert.equal(await search.inputValue(), " 050- ", "the search stays while choosing");

    await search.fill("no such source");
    await app.settled();
    assert.equal((await rows(app)).length, 0);
    assert.match(await app.chooser().textContent(), /No source matches\./);
    await search.fill("");
    await app.settled();
    assert.equal((await rows(app)).length, SOURCES);
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("puts the sources that name the filter most side by side", async () => {
    const app = await env.open("?e=hezbollah");
    await unfold(app);
    await app.page.locator("[data-choose-most]").click();
    await app.settled();
    const list = await rows(app);
    const most = Math.max(...list.map((r) => r.count));
    const shown = await app.sources();
    assert.equal(shown.length, 3);
    for (const file of shown) assert.equal(list.find((r) => r.file === file).count, most, file);
    await app.close();
  });

  it("has no axe-core violation with the list unfolded, filtered or not", async () => {
    const app = await env.open("?e=homs");
    await unfold(app);
    await app.page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const run = () =>
      app.page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")}`);
      });
    assert.deepEqual(await run(), []);
    await app.press("Escape");
    assert.deepEqual(await run(), []);
    await app.close();
  });

  it("reads two to four sources from the address, and reports the ones it does not know", async () => {
    const app = await env.open();
    const files = (await rows(app)).map((r) => r.file);
    await app.goto(`?s=${files.slice(5, 11).join(",")}`);
    assert.deepEqual(await app.sources(), files.slice(5, 9), "at most four");
    await app.goto(`?s=${files[7]},nope.txt`);
    assert.deepEqual(await app.sources(), files.slice(0, 3), "fewer than two known: the default");
    assert.match(await app.notice().textContent(), /nope\.txt/);
    await app.close();
  });

  it("keeps the index to the sources side by side plus total and spread", async () => {
    const app = await env.open();
    await app.openIndex();
    const headings = await app.page.locator("[data-index] thead th").count();
    assert.equal(headings, 1 + 3 + 2, "name, three sources, total, sources");
    const homs = (await app.indexMatrix()).find((r) => r.id === "homs");
    assert.equal(homs.spread, SOURCES);
    const perCopy = homs.cells.reduce((a, b) => a + b);
    assert.equal(homs.total, perCopy * COPIES);
    const panel = await app.index().boundingBox();
    const table = await app.page.locator("[data-index] table").boundingBox();
    assert.ok(table.width <= panel.width, "the matrix fits its panel");
    await app.close();
  });

  it("keeps the bar, the card and the phone tabs to the sources shown", async () => {
    const app = await env.open("?e=homs");
    assert.equal(await app.page.locator("[data-count-source]").count(), 3);
    assert.match(await app.page.locator("[data-filter-bar]").textContent(), new RegExp(`named by ${SOURCES} of ${SOURCES} sources`));
    await app.visibleMentions("homs").first().hover();
    await app.settled();
    assert.equal(await app.card().locator("[data-card-source]").count(), 6);
    assert.match(await app.card().textContent(), new RegExp(`and ${SOURCES - 6} more sources`));
    await app.close();
    const phone = await env.open("?e=homs", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    assert.equal(await phone.sourceTabs().count(), 3);
    assert.equal(await phone.page.evaluate(() => document.documentElement.scrollWidth), 390);
    await unfold(phone);
    assert.equal(await phone.page.evaluate(() => document.documentElement.scrollWidth), 390, "the list does not widen the page");
    await phone.close();
  });

  it("filters in a few milliseconds, the chooser folded or not", async () => {
    const app = await env.open();
    // From the click to the page laid out again: the app's work and the browser's layout.
    const measure = () =>
      app.page.evaluate(async () => {
        const out = [];
        for (const id of ["homs", "hama", "aleppo", "syria", "damascus", "lebanon", "homs"]) {
          await new Promise((r) => setTimeout(r, 30));
          const mention = document.querySelector(`.reader [data-entity="${id}"]`);
          const t = performance.now();
          mention.click();
          for (let i = 0; i < 50; i++) await Promise.resolve();
          document.body.offsetHeight;
          out.push(performance.now() - t);
        }
        return out.sort((a, b) => a - b)[Math.floor(out.length / 2)];
      });
    // The best of three medians: other work on the machine only ever adds time.
    const best = async () => Math.min(await measure(), await measure(), await measure());
    const folded = await best();
    assert.ok(folded < 16, `median ${folded.toFixed(1)} ms: within a frame`);
    await unfold(app);
    const unfolded = await best();
    // Choosing sources, the reader accepts a little more: still under two frames.
    assert.ok(unfolded < 25, `with the list of ${SOURCES} open, median ${unfolded.toFixed(1)} ms`);
    await app.close();
  });
});
