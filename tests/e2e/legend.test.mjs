// The legend (issue 4): the kinds with their colours and counts, each a toggle that shows or
// hides that kind's highlights. Counts are checked against the reader's own mentions.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { useEnv } from "./support/app.mjs";

const KINDS = ["person", "organization", "place", "group"];

/** A mention's highlight as the page paints it. */
const paint = (el) => {
  const s = getComputedStyle(el);
  return { background: s.backgroundColor, line: s.textDecorationLine, style: s.textDecorationStyle, color: s.textDecorationColor };
};

describe("legend", () => {
  const env = useEnv();
  let app;
  before(async () => {
    app = await env.open();
  });

  it("lists the four kinds in order, with their names and mentions counted", async () => {
    const kinds = await app.page.locator("[data-legend] [data-legend-kind]").evaluateAll((b) => b.map((x) => x.dataset.legendKind));
    assert.deepEqual(kinds, KINDS);
    const truth = await app.page.evaluate(() => {
      const out = {};
      for (const m of document.querySelectorAll(".reader [data-entity]")) {
        const k = (out[m.dataset.kind] ??= { names: new Set(), mentions: 0 });
        k.names.add(m.dataset.entity);
        k.mentions++;
      }
      return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { names: v.names.size, mentions: v.mentions }]));
    });
    for (const kind of KINDS) {
      const button = app.legendKind(kind);
      assert.equal(Number(await button.locator("[data-legend-count]").textContent()), truth[kind].names, `${kind} names`);
      assert.equal(await button.locator("[data-legend-mentions]").textContent(), `${truth[kind].mentions} mentions`, `${kind} mentions`);
      assert.equal(await button.getAttribute("aria-pressed"), "true", "every kind shows at first");
    }
  });

  it("shows each kind's colour and underline exactly as its mentions have them", async () => {
    for (const kind of KINDS) {
      const swatch = await app.legendKind(kind).locator(".swatch").evaluate(paint);
      const mention = await app.mention().and(app.page.locator(`[data-kind="${kind}"]`)).first().evaluate(paint);
      assert.deepEqual(swatch, mention, kind);
    }
    const styles = new Set();
    for (const kind of KINDS) styles.add((await app.legendKind(kind).locator(".swatch").evaluate(paint)).style);
    assert.equal(styles.size, KINDS.length, "each kind has its own underline style, not only a colour");
  });

  it("hides and shows one kind's highlights, leaving the others and the text alone", async () => {
    const text = await app.page.locator("[data-reader]").textContent();
    const before = {};
    for (const kind of KINDS) before[kind] = await app.mention().and(app.page.locator(`[data-kind="${kind}"]`)).first().evaluate(paint);
    await app.legendKind("place").click();
    await app.settled();
    assert.equal(await app.legendKind("place").getAttribute("aria-pressed"), "false");
    const places = await app.mention().and(app.page.locator('[data-kind="place"]')).evaluateAll((els) =>
      els.map((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).textDecorationLine]),
    );
    assert.ok(places.length > 0);
    for (const [background, line] of places) {
      assert.equal(background, "rgba(0, 0, 0, 0)", "no tint");
      assert.equal(line, "none", "no underline");
    }
    for (const kind of KINDS.filter((k) => k !== "place")) {
      assert.deepEqual(await app.mention().and(app.page.locator(`[data-kind="${kind}"]`)).first().evaluate(paint), before[kind], kind);
    }
    assert.equal(await app.page.locator("[data-reader]").textContent(), text, "the text is unchanged");

    // A hidden kind's names still filter, and the filtered one stays marked.
    await app.clickMention("homs");
    assert.deepEqual(app.filterInUrl(), ["homs"]);
    const active = await app.visibleMentions("homs").first().evaluate(paint);
    assert.notEqual(active.background, "rgba(0, 0, 0, 0)", "the filtered name keeps its highlight");
    await app.press("Escape");

    await app.legendKind("place").click();
    await app.settled();
    assert.equal(await app.legendKind("place").getAttribute("aria-pressed"), "true");
    assert.deepEqual(await app.mention().and(app.page.locator('[data-kind="place"]')).first().evaluate(paint), before.place);
    assert.deepEqual(app.errors, []);
  });

  it("can hide every kind at once", async () => {
    for (const kind of KINDS) await app.legendKind(kind).click();
    await app.settled();
    const painted = await app.mention().evaluateAll((els) => els.filter((el) => getComputedStyle(el).textDecorationLine !== "none").length);
    assert.equal(painted, 0);
    for (const kind of KINDS) await app.legendKind(kind).click();
    await app.settled();
    const plain = await app.mention().evaluateAll((els) => els.filter((el) => getComputedStyle(el).textDecorationLine === "none").length);
    assert.equal(plain, 0);
  });
});
