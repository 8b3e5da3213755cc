// The dark theme (issue 4) follows the system setting, with a toggle whose choice is
// remembered; the print style sheet prints the filtered view legibly in greyscale,
// highlights included, without the controls that only work on screen.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PHONE, luminance, useEnv } from "./support/app.mjs";

const KINDS = ["person", "organization", "place", "group"];

/** The theme the page shows, from its background. */
async function shade(app) {
  return luminance(await app.background()) < 0.2 ? "dark" : "light";
}

/** Whether a computed colour is a grey (or transparent). */
const grey = (color) => {
  const [r, g, b, a] = color.match(/[\d.]+/g).map(Number);
  return (a !== undefined && a === 0) || (r === g && g === b);
};

describe("theme", () => {
  const env = useEnv();

  it("follows the system setting until the reader chooses", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const app = await env.open("", { colorScheme });
      assert.equal(await shade(app), colorScheme);
      assert.equal(await app.themeToggle().getAttribute("aria-pressed"), colorScheme === "dark" ? "true" : "false");
      assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme ?? null), null);
      await app.close();
    }
  });

  it("remembers the reader's choice across a reload, and forgets it when it matches the system again", async () => {
    const app = await env.open("?e=homs", { colorScheme: "dark" });
    await app.themeToggle().click();
    await app.settled();
    assert.equal(await shade(app), "light");
    assert.equal(await app.themeToggle().getAttribute("aria-pressed"), "false");
    await app.reload();
    assert.equal(await shade(app), "light", "still light after a reload");
    assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), "light");
    assert.equal(await app.themeToggle().getAttribute("aria-pressed"), "false");
    assert.deepEqual(await app.filtered(), ["homs"], "the filter is kept too");

    // The theme is on before the app starts: the page never flashes the other one.
    await app.page.route("**/*.wasm", (route) => route.abort());
    await app.page.reload();
    assert.equal(await shade(app), "light", "applied by the page itself, before the wasm");
    await app.page.unroute("**/*.wasm");
    await app.goto("?e=homs");

    await app.themeToggle().click();
    await app.settled();
    assert.equal(await shade(app), "dark");
    assert.equal(await app.page.evaluate(() => localStorage.getItem("parallax-theme")), null, "back to following the system");
    await app.reload();
    assert.equal(await shade(app), "dark");
    await app.close();
  });

  it("switches to dark from a light system, and the choice persists", async () => {
    const app = await env.open("", { colorScheme: "light" });
    await app.themeToggle().click();
    await app.settled();
    assert.equal(await shade(app), "dark");
    assert.equal(await app.themeToggle().getAttribute("aria-pressed"), "true");
    await app.reload();
    assert.equal(await shade(app), "dark");
    assert.deepEqual(app.errors, []);
    await app.close();
  });
});

describe("print", () => {
  const env = useEnv();

  for (const [label, options] of [
    ["light, wide", { colorScheme: "light" }],
    ["dark theme", { colorScheme: "dark" }],
    ["from a phone", { colorScheme: "light", viewport: PHONE, isMobile: true, hasTouch: true }],
  ]) {
    it(`prints the filtered view legibly in greyscale (${label})`, async () => {
      const app = await env.open("?e=homs", options);
      const files = await app.sources();
      await app.page.emulateMedia({ media: "print" });
      await app.settled();

      // Black on white, whatever the theme.
      assert.equal(await app.background(), "rgb(255, 255, 255)");
      assert.equal(await app.page.evaluate(() => getComputedStyle(document.querySelector(".passage")).color), "rgb(0, 0, 0)");

      // Every source shown prints, side by side.
      assert.deepEqual(await app.visibleColumns(), files);
      const tops = await app.page.locator(".reader [data-source]").evaluateAll((cs) => cs.map((c) => Math.round(c.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, "columns side by side");

      // Highlights: grey, each kind with its own underline style, the filtered ones darker and bold.
      const paint = await app.page.locator(".reader [data-entity]").evaluateAll((ms) =>
        ms
          .filter((m) => m.getClientRects().length > 0)
          .map((m) => {
            const s = getComputedStyle(m);
            return {
              kind: m.dataset.kind,
              active: m.getAttribute("aria-pressed") === "true",
              colors: [s.color, s.backgroundColor, s.textDecorationColor],
              background: s.backgroundColor,
              line: s.textDecorationLine,
              style: s.textDecorationStyle,
              weight: s.fontWeight,
            };
          }),
      );
      for (const p of paint) {
        for (const c of p.colors) assert.ok(grey(c), `${p.kind} prints in grey, not ${c}`);
        assert.equal(p.line, "underline", "every highlight keeps its underline");
      }
      const styleOf = {};
      for (const p of paint.filter((p) => !p.active)) (styleOf[p.kind] ??= new Set()).add(p.style);
      const kinds = Object.keys(styleOf);
      assert.ok(kinds.length >= 3, `several kinds are on the page: ${kinds}`);
      for (const k of kinds) assert.equal(styleOf[k].size, 1, `${k} has one style`);
      assert.equal(new Set(kinds.map((k) => [...styleOf[k]][0])).size, kinds.length, "the kinds' styles differ");
      const active = paint.filter((p) => p.active);
      const others = paint.filter((p) => !p.active);
      assert.ok(active.length > 0 && others.length > 0);
      for (const a of active) {
        assert.ok(Number(a.weight) >= 700, "the filtered name is bold");
        assert.ok(others.every((o) => luminance(o.background) > luminance(a.background)), "and on a darker grey");
      }

      // The legend stays as the key; controls that only work on screen do not print.
      for (const selector of [
        "[data-theme-toggle]",
        "[data-toggle=index]",
        "[data-toggle=shortcuts]",
        "[data-copy-link]",
        "[data-clear]",
        "[data-add-entity]",
        "[data-source-tabs]",
      ]) {
        assert.equal(await app.page.locator(selector).filter({ visible: true }).count(), 0, `${selector} is not printed`);
      }
      assert.equal(await app.page.locator("[data-legend]").isVisible(), true, "the legend is the printed key");
      assert.ok((await app.page.locator("[data-filter-entity]").textContent()).includes("Homs"), "the page says what it is filtered to");

      // And it makes a PDF.
      await app.page.emulateMedia({ media: "screen" });
      const pdf = await app.page.pdf({ format: "A4" });
      assert.ok(pdf.length > 10_000);
      assert.deepEqual(app.errors, []);
      await app.close();
    });
  }
});
