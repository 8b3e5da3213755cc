// The reader end to end (issue 2), against the release build in dist/ served under a sub-path
// as GitHub Pages serves it ($PARALLAX_PUBLIC_URL, default /parallax/), in Debian's Chromium:
// one column per seed side by side; every paragraph of every seed on screen, losslessly, page
// furniture included; mentions as buttons; filtering by a click, across sources and aliases,
// with the bar, the URL, Back/Forward, Escape and the clear button; odd addresses; the
// prerendered page with JavaScript off; and never a console or page error.
//
// Builds nothing: run `trunk build --release --public-url /parallax/` first (cargo xtask test
// does), then `node --test --test-concurrency=1 tests/e2e/`.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { serve } from "./support/server.mjs";
import { launch } from "./support/browser.mjs";
import { Reader } from "./support/reader.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DIST = join(ROOT, "dist");
const SEEDS = process.env.PARALLAX_SEEDS ?? join(ROOT, "seeds");
const BASE = process.env.PARALLAX_PUBLIC_URL ?? "/parallax/";
const KINDS = ["person", "organization", "place", "group"];

/** The seed files, in file-name order: one column each. */
const FILES = readdirSync(SEEDS, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
  .map((entry) => entry.name)
  .sort();

/**
 * An article's paragraphs, worked out here independently of the app: blocks split on blank
 * lines; within a block each line is a paragraph, except that a line not ending a sentence
 * (. ! ? : ; possibly followed by closing quotes) and followed by a line starting in lower
 * case continues it. A paragraph keeps the file's own characters between its first and last
 * (a joined line keeps its line break), trimmed.
 */
function paragraphs(text) {
  const lines = [];
  const line = (start, end) => ({ start, end, text: text.slice(start, end).trim() });
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m; (m = breaks.exec(text)); start = m.index + m[0].length) lines.push(line(start, m.index));
  lines.push(line(start, text.length));
  const out = [];
  let current = null;
  const flush = () => {
    if (current) out.push(text.slice(current.start, current.end).trim());
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text === "") {
      flush();
      continue;
    }
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
    const next = lines[i + 1];
    const endsSentence = /[.!?:;]['"’”]*$/.test(line.text);
    const continues = next && next.text !== "" && !endsSentence && /^\p{Ll}/u.test(next.text);
    if (!continues) flush();
  }
  flush();
  return out;
}

const SEED_TEXT = Object.fromEntries(FILES.map((file) => [file, readFileSync(join(SEEDS, file), "utf8")]));
const collapse = (text) => text.replace(/\s+/g, " ").trim();

let server;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(DIST, "index.html")),
    `no release build in ${DIST}: run \`trunk build --release --public-url ${BASE}\` first`,
  );
  assert.ok(FILES.length > 0, `no seeds in ${SEEDS}`);
  server = await serve({ root: DIST, base: BASE });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A test body run against a fresh reader, failing on any console or page error it saw. */
function session(body, options = {}) {
  return async () => {
    const reader = await Reader.launch(browser, server.url, options);
    try {
      try {
        await body(reader);
      } catch (error) {
        // What the page logged often says why.
        if (reader.consoleErrors().length > 0) error.message += `\n${reader.consoleErrors().join("\n")}`;
        throw error;
      }
      assert.deepEqual(reader.consoleErrors(), [], "no console errors, page errors or failed requests");
    } finally {
      await reader.close();
    }
  };
}

/** Per passage in the page: its source, whether it is visible, and the entities it names. */
function passageStates(reader) {
  return reader.page.locator("[data-passage]").evaluateAll((passages) =>
    passages.map((p) => ({
      source: p.closest("[data-source]")?.dataset.source,
      visible: p.checkVisibility(),
      hidden: p.hasAttribute("hidden"),
      entities: [...new Set([...p.querySelectorAll("[data-entity]")].map((m) => m.dataset.entity))],
      text: p.textContent.slice(0, 60),
    })),
  );
}

/** Asserts the reader shows the full articles: nothing filtered, every passage visible. */
async function expectFullArticles(reader) {
  const states = await passageStates(reader);
  assert.ok(states.length > 0);
  assert.deepEqual(
    states.filter((p) => !p.visible || p.hidden),
    [],
    "every passage is on screen",
  );
  assert.equal(await reader.filterBar().locator("[data-filter-entity]").count(), 0);
  assert.equal(await reader.mention().and(reader.page.locator('[aria-pressed="true"]')).count(), 0);
  for (const file of FILES) {
    const total = await reader.passages(file).count();
    assert.equal((await reader.columnCount(file).textContent()).trim(), `${total} passages`);
  }
}

/** Asserts the reader is filtered to one entity everywhere: passages, pressed mentions, the
 * bar with name, kind and per-source counts (checked against the page), column counts. */
async function expectFilteredTo(reader, entity, { name, kind } = {}) {
  const states = await passageStates(reader);
  const wrong = states.filter((p) => p.visible !== p.entities.includes(entity) || p.hidden === p.visible);
  assert.deepEqual(wrong, [], `exactly the passages naming ${entity} are visible`);
  assert.ok(states.some((p) => p.visible), `some passage names ${entity}`);

  const pressed = await reader
    .mention()
    .evaluateAll((ms) => ms.map((m) => [m.dataset.entity, m.getAttribute("aria-pressed")]));
  const badly = pressed.filter(([id, value]) => value !== (id === entity ? "true" : "false"));
  assert.deepEqual(badly, [], `only mentions of ${entity} are pressed`);

  const bar = reader.filterBar();
  assert.equal(await bar.locator("[data-filter-entity]").count(), 1);
  const part = reader.filterEntity(entity);
  await part.waitFor();
  const partText = collapse(await part.textContent());
  if (name) assert.ok(partText.includes(name), `the bar names ${name}: ${partText}`);
  const entityKind = await reader.mention(entity).first().getAttribute("data-kind");
  if (kind) assert.equal(entityKind, kind);
  assert.equal(await part.getAttribute("data-kind"), entityKind);
  assert.ok(partText.toLowerCase().includes(entityKind), `the bar says the kind: ${partText}`);

  for (const file of FILES) {
    const mentions = await reader.column(file).locator(`[data-entity="${entity}"]`).count();
    const count = collapse(await reader.countFor(entity, file).textContent());
    const expected = mentions === 0 ? "not mentioned" : mentions === 1 ? "1 mention" : `${mentions} mentions`;
    assert.ok(count.endsWith(expected), `the bar's count for ${file} is "${count}", expected "${expected}"`);
    // The source is named by its title, a long one cut after a word, right before the colon.
    const title = collapse(await reader.column(file).locator("h2").textContent());
    const label = reader.countFor(entity, file).locator(".count-source");
    assert.equal(await label.getAttribute("title"), title);
    const shown = collapse(await label.textContent());
    assert.ok(shown === title || (shown.endsWith("…") && title.startsWith(shown.slice(0, -1))), `${shown} names ${title}`);
    assert.ok(count.startsWith(`${shown}: `), `"${count}" has no gap before its colon`);

    const passages = await reader.visiblePassages(file).count();
    const columnCount = (await reader.columnCount(file).textContent()).trim();
    const expectedColumn =
      passages === 0 ? "Not mentioned in this source" : passages === 1 ? "1 passage" : `${passages} passages`;
    assert.equal(columnCount, expectedColumn, `column count of ${file}`);
  }
  assert.equal(reader.url().pathname, BASE, "the address keeps the site's path");
  assert.equal(reader.url().search, `?e=${entity}`);
}

describe("the reader shows every source", () => {
  it(
    "has one column per seed file, side by side",
    session(async (reader) => {
      await reader.open();
      const sources = await reader.columns().evaluateAll((cs) => cs.map((c) => c.dataset.source));
      assert.deepEqual(sources, FILES, "one column per seed, in file-name order");
      const boxes = [];
      for (const file of FILES) boxes.push(await reader.column(file).boundingBox());
      const viewport = reader.page.viewportSize();
      for (const [i, box] of boxes.entries()) {
        assert.ok(box && box.width > 200, `column ${FILES[i]} has room to read: ${JSON.stringify(box)}`);
        assert.ok(Math.abs(box.y - boxes[0].y) <= 1, `column ${FILES[i]} starts on the first one's row`);
        assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `column ${FILES[i]} fits the window`);
        if (i > 0) {
          const left = boxes[i - 1];
          assert.ok(left.x + left.width <= box.x, `column ${FILES[i]} is right of the previous, not over it`);
        }
      }
    }),
  );

  it(
    "shows every paragraph of every seed",
    session(async (reader) => {
      await reader.open();
      for (const file of FILES) {
        const expected = paragraphs(SEED_TEXT[file]);
        assert.ok(expected.length > 0);
        const shown = collapse((await reader.visiblePassages(file).allTextContents()).join(" "));
        for (const paragraph of expected) {
          assert.ok(shown.includes(collapse(paragraph)), `${file} shows "${paragraph.slice(0, 80)}"`);
        }
        assert.equal(await reader.visiblePassages(file).count(), await reader.passages(file).count());
      }
    }),
  );

  it(
    "keeps the scraper's page furniture, marked as such",
    session(async (reader) => {
      await reader.open();
      const debris = [/^×$/, /^Also read \| Aleppo offensive/, /^Also read \| Syrian rebels advance/, /^TAGS$/];
      debris.push(/^Comments About This Article$/, /^Please fill the fields below\.$/);
      const passages = await reader.page.locator("[data-passage]").evaluateAll((ps) =>
        ps.map((p) => ({ role: p.dataset.role, text: p.textContent, visible: p.checkVisibility() })),
      );
      for (const pattern of debris) {
        const found = passages.filter((p) => pattern.test(collapse(p.text)));
        assert.equal(found.length, 1, `one passage is ${pattern}`);
        assert.equal(found[0].role, "furniture", `${pattern} is furniture`);
        assert.ok(found[0].visible, `${pattern} is on screen`);
      }
    }),
  );

  it(
    "makes every mention a focusable button described by its kind",
    session(async (reader) => {
      await reader.open();
      const mentions = await reader.page.locator("[data-entity]").evaluateAll((ms) =>
        ms.map((m) => {
          m.focus();
          const described = document.getElementById(m.getAttribute("aria-describedby") ?? "");
          return {
            entity: m.dataset.entity,
            text: m.textContent,
            role: m.getAttribute("role"),
            tabindex: m.getAttribute("tabindex"),
            kind: m.dataset.kind,
            focused: document.activeElement === m,
            described: described?.textContent ?? null,
          };
        }),
      );
      assert.ok(mentions.length > 50, `the seeds have many mentions, found ${mentions.length}`);
      for (const m of mentions) {
        const what = `${m.text} (${m.entity})`;
        assert.equal(m.role, "button", what);
        assert.equal(m.tabindex, "0", what);
        assert.ok(KINDS.includes(m.kind), `${what} has a kind: ${m.kind}`);
        assert.ok(m.focused, `${what} takes focus`);
        assert.equal(m.described, m.kind, `${what} is described as its kind`);
      }
    }),
  );

  it(
    "never starts a line with the punctuation written right after a mention",
    session(async (reader) => {
      await reader.open();
      // Widths at which, without the glue, a line began with the comma after "Syria" or "Homs".
      for (const width of [1400, 1200, 1000, 390]) {
        await reader.page.setViewportSize({ width, height: 900 });
        const orphans = await reader.page.evaluate(() => {
          const found = [];
          for (const mention of document.querySelectorAll(".reader [data-entity]")) {
            if (!mention.checkVisibility()) continue;
            // The first character after the mention, if it follows with no space.
            const walker = document.createTreeWalker(mention.closest("[data-passage]"), NodeFilter.SHOW_TEXT);
            walker.currentNode = mention.lastChild;
            const next = walker.nextNode();
            if (!next || !next.data || /^\s/.test(next.data)) continue;
            const first = document.createRange();
            first.setStart(next, 0);
            first.setEnd(next, 1);
            const lines = mention.getClientRects();
            if (first.getBoundingClientRect().top > lines[lines.length - 1].bottom - 2) {
              found.push(`${mention.textContent}|${next.data.slice(0, 6)}`);
            }
          }
          return found;
        });
        assert.deepEqual(orphans, [], `at ${width} px`);
      }
    }),
  );

  it(
    "shows the text losslessly, highlights wrapped around it",
    session(async (reader) => {
      await reader.open();
      for (const file of FILES) {
        const expected = paragraphs(SEED_TEXT[file]);
        const texts = await reader.passageTexts(file);
        const first = texts.findIndex((t, i) => t !== expected[i]);
        assert.equal(
          texts.join(""),
          expected.join(""),
          `${file}: passage ${first} is ${JSON.stringify(texts[first])}, the file has ${JSON.stringify(expected[first])}`,
        );
        // Only mention buttons inside passages: no markup of the app's own changes the text.
        const parts = await reader.passages(file).evaluateAll((ps) =>
          ps.map((p) => ({
            others: [...p.querySelectorAll("*")].filter((e) => !(e.getAttribute("role") === "button" && e.dataset.entity)).length,
            pieces: [...p.childNodes].map((n) => ({ mention: n.nodeType === 1, text: n.textContent })),
          })),
        );
        parts.forEach(({ others, pieces }, i) => {
          assert.equal(others, 0, `${file} passage ${i} holds nothing but text and mentions`);
          let at = 0;
          for (const piece of pieces) {
            if (piece.mention) {
              assert.ok(piece.text.length > 0 && piece.text.trim() === piece.text, `mention "${piece.text}" is a name`);
              assert.equal(expected[i].slice(at, at + piece.text.length), piece.text, `mention at ${file} ${i}:${at}`);
            }
            at += piece.text.length;
          }
        });
        assert.ok(!/<\/?[a-z][^>]*>|&[a-z]+;|&#/i.test(texts.join("")), `${file} shows no markup as text`);
      }
      // The quotes and possessives around mentions are the article's own.
      const source = reader.column(FILES[0]);
      assert.ok(
        collapse(await source.textContent()).includes("the leader of the “Hayat Tahrir al-Sham” (HTS) alliance"),
      );
      const after = await reader.page.evaluate(
        () => document.querySelector('[data-entity="bashar-al-assad"]')?.nextSibling?.textContent ?? null,
      );
      assert.ok(after?.startsWith("’s rule"), `the "’s" after al-Assad is intact: ${after}`);
    }),
  );
});

describe("a click on a name filters every source", () => {
  it(
    "filters to Homs, keeps the clicked mention still and writes the URL",
    session(async (reader) => {
      await reader.open();
      const all = await reader.mention("homs").count();
      assert.ok(all > 3);
      // A mention well down the first column, in the middle of the window.
      const nth = Math.min(5, all - 1);
      const target = reader.mention("homs").nth(nth);
      await target.evaluate((m) => m.scrollIntoView({ block: "center" }));
      await reader.settled();
      const before = (await target.boundingBox()).y;
      await reader.clickMention("homs", { nth });
      const afterClick = (await target.boundingBox()).y;
      assert.ok(Math.abs(afterClick - before) <= 1, `the clicked mention stays put: ${before} → ${afterClick}`);
      const hiddenAbove = await target.evaluate((m) => {
        const passages = [...m.closest("[data-source]").querySelectorAll("[data-passage]")];
        return passages.slice(0, passages.indexOf(m.closest("[data-passage]"))).filter((p) => !p.checkVisibility())
          .length;
      });
      assert.ok(hiddenAbove > 0, "the filter hid text above the mention, so staying put took doing");

      await expectFilteredTo(reader, "homs", { name: "Homs", kind: "place" });
      assert.match(await reader.live().textContent(), /Homs/, "the change is announced");
      assert.ok(reader.url().href.endsWith(`${BASE}?e=homs`), reader.url().href);
    }),
  );

  it(
    "keeps still a mention near the top, where the page cannot scroll back, then gives the room back",
    session(async (reader) => {
      await reader.open();
      const full = await reader.visiblePassages(FILES[0]).count();
      // The first Homs mention on screen, with the page at its top: passages above it fold
      // away, lifting it further than the page can scroll.
      const nth = await reader.page.evaluate(() =>
        [...document.querySelectorAll('.reader [data-entity="homs"]')].findIndex((m) => m.getBoundingClientRect().top > 0),
      );
      assert.ok(nth >= 0);
      const target = reader.mention("homs").nth(nth);
      assert.equal(await reader.page.evaluate(() => scrollY), 0);
      const before = (await target.boundingBox()).y;
      await reader.clickMention("homs", { nth });
      const after = (await target.boundingBox()).y;
      assert.ok(Math.abs(after - before) <= 1, `the clicked mention stays put: ${before} → ${after}`);
      const room = () => reader.page.evaluate(() => document.documentElement.style.getPropertyValue("--anchor-space"));
      const made = await room();
      assert.match(made, /^[1-9]\d*px$/, "room was made above the reader");

      // A moment later the room goes and the columns glide up over it: no blank band stays.
      await reader.page.waitForFunction(() => document.documentElement.style.getPropertyValue("--anchor-space") === "");
      await reader.page.waitForFunction(() => !document.documentElement.hasAttribute("data-settling"));
      const settled = (await target.boundingBox()).y;
      assert.ok(Math.abs(before - parseFloat(made) - settled) <= 1, `it rose by the room: ${before} → ${settled}`);
      assert.equal(await reader.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("[data-reader]")).marginTop)), 0);

      await reader.page.keyboard.press("Escape");
      await reader.settled();
      assert.equal(await room(), "");
      assert.equal(await reader.page.evaluate(() => scrollY), 0, "Escape returns to the top");
      assert.equal(await reader.visiblePassages(FILES[0]).count(), full, "the full articles are back");
    }),
  );

  it(
    "with reduced motion, keeps the room until the filter changes instead of moving by itself",
    session(async (reader) => {
      await reader.page.emulateMedia({ reducedMotion: "reduce" });
      await reader.open();
      const nth = await reader.page.evaluate(() =>
        [...document.querySelectorAll('.reader [data-entity="homs"]')].findIndex((m) => m.getBoundingClientRect().top > 0),
      );
      const target = reader.mention("homs").nth(nth);
      const before = (await target.boundingBox()).y;
      await reader.clickMention("homs", { nth });
      await reader.page.waitForTimeout(1500);
      const room = await reader.page.evaluate(() => document.documentElement.style.getPropertyValue("--anchor-space"));
      assert.match(room, /^[1-9]\d*px$/, "the room stays");
      assert.ok(Math.abs((await target.boundingBox()).y - before) <= 1, "and the mention has not moved");
      await reader.page.keyboard.press("Escape");
      await reader.settled();
      assert.equal(await reader.page.evaluate(() => document.documentElement.style.getPropertyValue("--anchor-space")), "");
    }),
  );

  it(
    "links spellings across sources: al-Jolani is al-Golani is Ahmed al-Sharaa",
    session(async (reader) => {
      await reader.open();
      const jolani = await reader.entityWritten("al-Jolani");
      assert.ok(jolani, "a mention reads al-Jolani");
      await reader.mentionsWritten("al-Jolani").first().click();
      await reader.settled();
      await expectFilteredTo(reader, jolani);
      const [jolaniSource, , golaniSource] = FILES;
      assert.ok((await reader.visiblePassages(jolaniSource).count()) > 0, "source 000 names him");
      assert.ok((await reader.visiblePassages(golaniSource).count()) > 0, "source 002 names him");
      const bar = collapse(await reader.filterEntity(jolani).textContent());
      for (const spelling of ["al-Golani", "Ahmed al-Sharaa"]) {
        assert.ok(bar.includes(spelling), `the bar lists ${spelling}: ${bar}`);
      }
    }),
  );

  it(
    "links HTS and Hayat Tahrir al-Sham",
    session(async (reader) => {
      await reader.open();
      const hts = await reader.entityWritten("HTS");
      await reader.mentionsWritten("HTS").first().click();
      await reader.settled();
      await expectFilteredTo(reader, hts);
      const written = await reader.mention(hts).filter({ visible: true }).allTextContents();
      assert.ok(written.includes("Hayat Tahrir al-Sham"), `shown: ${written}`);
      assert.ok(written.includes("HTS"));
    }),
  );

  it(
    "says where a source does not name the entity",
    session(async (reader) => {
      await reader.open();
      const jolani = await reader.entityWritten("al-Jolani");
      await reader.mentionsWritten("al-Jolani").first().click();
      await reader.settled();
      const absent = [];
      for (const file of FILES) {
        if ((await reader.column(file).locator(`[data-entity="${jolani}"]`).count()) === 0) absent.push(file);
      }
      assert.ok(absent.length > 0, "some seed does not name him");
      for (const file of absent) {
        assert.equal(await reader.visiblePassages(file).count(), 0);
        assert.equal((await reader.columnCount(file).textContent()).trim(), "Not mentioned in this source");
        assert.match(await reader.countFor(jolani, file).textContent(), /not mentioned/);
      }
    }),
  );

  it(
    "switches to another name, and clears on the active one",
    session(async (reader) => {
      await reader.open();
      await reader.clickMention("homs", { nth: 1 });
      await expectFilteredTo(reader, "homs");
      // A passage about Homs that also names Hama: click Hama there.
      const other = reader.page
        .locator("[data-passage]")
        .filter({ visible: true })
        .locator('[data-entity="hama"]')
        .first();
      await other.click();
      await reader.settled();
      await expectFilteredTo(reader, "hama");
      await reader.mention("hama").filter({ visible: true }).first().click();
      await reader.settled();
      await expectFullArticles(reader);
      assert.equal(reader.url().pathname, BASE);
      assert.equal(reader.url().search, "");
    }),
  );

  for (const [how, clear] of [
    ["Escape", (reader) => reader.pressEscape()],
    ["the clear button", (reader) => reader.clear()],
  ]) {
    it(
      `${how} shows the full articles where the reader was`,
      session(async (reader) => {
        await reader.open();
        await reader.scrollTo(1500);
        assert.equal(await reader.scrollY(), 1500);
        // A mention on screen there.
        const { entity, nth } = await reader.page.evaluate(() => {
          const all = [...document.querySelectorAll("[data-entity]")];
          const m = all.find((m) => {
            const r = m.getBoundingClientRect();
            return r.top > 200 && r.bottom < window.innerHeight - 100;
          });
          const same = all.filter((o) => o.dataset.entity === m.dataset.entity);
          return { entity: m.dataset.entity, nth: same.indexOf(m) };
        });
        await reader.clickMention(entity, { nth });
        await expectFilteredTo(reader, entity);
        const filteredAt = await reader.scrollY();
        assert.ok(Math.abs(filteredAt - 1500) > 2, `filtering moved the page (to ${filteredAt}), so the return is tested`);
        await clear(reader);
        await expectFullArticles(reader);
        const y = await reader.scrollY();
        assert.ok(Math.abs(y - 1500) <= 2, `back at 1500, at ${y}`);
        assert.equal(reader.url().search, "");
      }),
    );
  }
});

describe("the address", () => {
  it(
    "opens filtered from ?e=homs",
    session(async (reader) => {
      await reader.open("?e=homs");
      await expectFilteredTo(reader, "homs", { name: "Homs", kind: "place" });
      assert.equal(await reader.notice().count(), 0);
    }),
  );

  for (const [query, unknown] of [
    ["?e=does-not-exist", "does-not-exist"],
    ["?e=%ZZ", "%ZZ"],
    ["?e=", null],
    [`?e=${"x".repeat(10_000 - 3)}`, "x".repeat(60)],
  ]) {
    it(
      `shows the full articles for ${query.length > 40 ? `a ${query.length}-character query` : query}`,
      session(async (reader) => {
        await reader.open(query);
        await expectFullArticles(reader);
        if (unknown) {
          await reader.notice().waitFor();
          const notice = await reader.notice().textContent();
          assert.ok(notice.includes(unknown), `the notice names the id: ${notice}`);
          assert.ok(notice.length < 500, "the notice does not repeat a long address");
        } else {
          assert.equal(await reader.notice().count(), 0);
        }
      }),
    );
  }

  it(
    "goes Back and Forward through filters",
    session(async (reader) => {
      await reader.open();
      await reader.clickMention("homs", { nth: 1 });
      await expectFilteredTo(reader, "homs");
      await reader.page.locator("[data-passage]").filter({ visible: true }).locator('[data-entity="hama"]').first().click();
      await reader.settled();
      await expectFilteredTo(reader, "hama");

      await reader.page.goBack();
      await reader.settled();
      await expectFilteredTo(reader, "homs");
      await reader.page.goBack();
      await reader.settled();
      await expectFullArticles(reader);
      await reader.page.goForward();
      await reader.settled();
      await expectFilteredTo(reader, "homs");
      await reader.page.goForward();
      await reader.settled();
      await expectFilteredTo(reader, "hama");
    }),
  );
});

describe("before the wasm runs", () => {
  it(
    "the prerendered page has the text and the highlights",
    session(
      async (reader) => {
        await reader.open();
        assert.equal(await reader.page.evaluate(() => window.wasmBindings), undefined, "no script ran");
        for (const file of FILES) {
          const expected = paragraphs(SEED_TEXT[file]);
          assert.equal(await reader.passages(file).count(), expected.length, `${file}: every paragraph`);
          assert.equal((await reader.passageTexts(file)).join(""), expected.join(""), `${file}: the text`);
          assert.ok((await reader.column(file).locator("[role=button][data-entity][data-kind]").count()) > 0);
        }
        assert.ok((await reader.mention("homs").count()) > 3);
        assert.equal(await reader.mention().first().getAttribute("role"), "button");
      },
      { javaScriptEnabled: false },
    ),
  );
});

describe("when the wasm has run", () => {
  /** Before the page loads: notes every change to the page once the app says it is ready. */
  const watch = (reader) =>
    reader.page.addInitScript(() => {
      window.__changes = [];
      new MutationObserver((records) => {
        if (!document.documentElement.hasAttribute("data-ready")) return;
        for (const r of records) {
          if (r.attributeName === "data-ready") continue;
          window.__changes.push(`${r.type} on ${r.target.nodeName}.${r.target.className ?? ""} ${r.attributeName ?? ""}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      // The columns as the server sent them, to see that hydration kept these very nodes.
      document.addEventListener("DOMContentLoaded", () => {
        window.__prerendered = [...document.querySelectorAll("[data-source]")];
      });
    });

  it(
    "keeps the prerendered page and, unfiltered, changes nothing on it by itself",
    session(async (reader) => {
      await watch(reader);
      await reader.open();
      // Long enough for the work the app does once it is idle (it rehearses a click off
      // the page).
      await reader.page.waitForTimeout(300);
      const kept = await reader.page.evaluate(() =>
        window.__prerendered.length > 0 && window.__prerendered.every((c) => c.isConnected),
      );
      assert.ok(kept, "the columns are the prerendered ones, not rendered again");
      assert.deepEqual(await reader.page.evaluate(() => window.__changes), []);
      assert.equal(await reader.filterBar().locator("[data-filter-entity]").count(), 0);
      await expectFullArticles(reader);
    }),
  );

  it(
    "opened filtered, changes only what the filter changes",
    session(async (reader) => {
      await watch(reader);
      await reader.open("?e=homs");
      await reader.page.waitForTimeout(300);
      assert.ok(await reader.page.evaluate(() => window.__prerendered.every((c) => c.isConnected)));
      const changes = await reader.page.evaluate(() => window.__changes);
      assert.ok(changes.length > 0, "the filter was applied");
      // The bar names Homs (its hint hides, its actions show), the passages without it hide,
      // its mentions are pressed, and the columns' counts change: nothing else is touched,
      // and nothing is rendered anew.
      const expected = [
        /^childList on SECTION\.filter-bar $/,
        /^attributes on (P\.hint|DIV\.filter-actions|LABEL\.add-entity) hidden$/,
        /^attributes on (P|H\d)\.passage\b[^ ]* hidden$/,
        /^attributes on SPAN\.mention aria-pressed$/,
        /^characterData on #text\. $/,
      ];
      const elsewhere = changes.filter((c) => !expected.some((e) => e.test(c)));
      assert.deepEqual(elsewhere, [], "nothing outside the filter bar, the passages and the mentions");
      await expectFilteredTo(reader, "homs", { name: "Homs", kind: "place" });
    }),
  );
});
