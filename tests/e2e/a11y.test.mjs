// Accessibility (issue 4), WCAG 2.2 AA: no axe-core violation in the default and filtered
// states (and with the index, the shortcuts or a card open), light and dark; colour is never
// the only cue for kind; focus is visible; filter changes are announced in a live region;
// reduced motion is honoured.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT, luminance, useEnv } from "./support/app.mjs";

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const KINDS = ["person", "organization", "place", "group"];

/** Runs axe-core on the page: every rule for WCAG 2.0–2.2 A and AA, plus best practices. */
async function axe(app) {
  if (!(await app.page.evaluate(() => "axe" in window))) await app.page.addScriptTag({ path: AXE });
  const result = await app.page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.length}× e.g. ${v.nodes[0].target.join(" ")} — ${v.nodes[0].failureSummary}`);
}

describe("accessibility", () => {
  const env = useEnv();

  for (const colorScheme of ["light", "dark"]) {
    describe(`${colorScheme} theme`, () => {
      let app;
      before(async () => {
        app = await env.open("", { colorScheme });
      });
      after(async () => app?.close());

      it("has no violation in the default state", async () => {
        const bg = luminance(await app.background());
        assert.ok(colorScheme === "dark" ? bg < 0.05 : bg > 0.8, `the ${colorScheme} theme is on`);
        assert.deepEqual(await axe(app), []);
      });

      it("has no violation filtered to one entity, then two", async () => {
        await app.clickMention("homs");
        assert.deepEqual(await axe(app), []);
        await app.clickMention("hama", { modifiers: ["Shift"] });
        assert.deepEqual(app.filterInUrl(), ["homs", "hama"]);
        assert.deepEqual(await axe(app), []);
      });

      it("has no violation with a card, the index or the shortcuts open, or a kind hidden", async () => {
        await app.visibleMentions("homs").first().hover();
        await app.settled();
        assert.equal(await app.card().count(), 1);
        assert.deepEqual(await axe(app), []);
        await app.page.mouse.move(1, 1);
        await app.openIndex();
        assert.deepEqual(await axe(app), []);
        await app.press("Escape");
        await app.press("?");
        assert.deepEqual(await axe(app), []);
        await app.press("Escape");
        await app.legendKind("place").click();
        assert.deepEqual(await axe(app), []);
      });
    });
  }

  it("never uses colour alone for kind: each kind has its own underline and is named to screen readers", async () => {
    const app = await env.open();
    const styles = {};
    for (const kind of KINDS) {
      const mention = app.mention().and(app.page.locator(`[data-kind="${kind}"]`)).first();
      styles[kind] = await mention.evaluate((el) => getComputedStyle(el).textDecorationStyle);
      const described = await mention.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby"))?.textContent);
      assert.equal(described, kind, `${kind} mentions are described by their kind`);
    }
    assert.equal(new Set(Object.values(styles)).size, KINDS.length, JSON.stringify(styles));
    await app.close();
  });

  it("shows where focus is, on mentions and controls alike", async () => {
    const app = await env.open();
    const ring = () =>
      app.page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), tag: document.activeElement.tagName };
      });
    let seenMention = false;
    let seenOther = false;
    for (let i = 0; i < 30 && !(seenMention && seenOther); i++) {
      await app.page.keyboard.press("Tab");
      const r = await ring();
      assert.notEqual(r.style, "none", `focus ${i} on ${r.tag} is visible`);
      assert.ok(r.width >= 2, `focus ring ${r.width}px`);
      if ((await app.focused()).entity) seenMention = true;
      else seenOther = true;
    }
    assert.ok(seenMention && seenOther);
    await app.close();
  });

  it("announces filter changes in a polite live region", async () => {
    const app = await env.open();
    const live = app.live();
    assert.equal(await live.getAttribute("aria-live"), "polite");
    assert.equal((await live.textContent()).trim(), "", "nothing is announced on load");
    await app.clickMention("homs");
    assert.match(await live.textContent(), /^Filtered to Homs \(place\), \d+ mentions in \d+ sources\.$/);
    await app.clickMention("hama", { modifiers: ["Shift"] });
    assert.match(await live.textContent(), /^Filtered to Homs .* and Hama .*\.$/);
    await app.press("Escape");
    assert.equal(await live.textContent(), "Showing the full articles.");
    await app.close();
  });

  it("honours reduced motion: jumps to a mention without animating the scroll", async () => {
    // From the bottom of the filtered page, `n` goes back up to the first mention: how far
    // the page has scrolled one frame after the jump, as a share of the whole way.
    const firstFrame = async (app) => {
      await app.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await app.settled();
      const [start, oneFrame] = await app.page.evaluate(
        () =>
          new Promise((done) => {
            const start = scrollY;
            dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true }));
            // The app moves focus and scrolls on the next frame; look one frame after that.
            requestAnimationFrame(() => requestAnimationFrame(() => done([start, scrollY])));
          }),
      );
      await app.page.waitForTimeout(1500);
      const end = await app.page.evaluate(() => scrollY);
      return { moved: start - end, share: (start - oneFrame) / (start - end) };
    };
    const viewport = { width: 1400, height: 500 };
    const reduced = await env.open("?e=homs", { reducedMotion: "reduce", viewport });
    const r = await firstFrame(reduced);
    assert.ok(r.moved > 300, `the first mention is far above (moved ${r.moved})`);
    assert.equal(r.share, 1, "with reduced motion the page is there at once");
    await reduced.close();
    const smooth = await env.open("?e=homs", { reducedMotion: "no-preference", viewport });
    const s = await firstFrame(smooth);
    assert.ok(s.moved > 300 && s.share < 1, `without the preference the scroll is animated (share ${s.share})`);
    await smooth.close();
  });
});
