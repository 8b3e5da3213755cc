// Two entities at once (issue 4): a modifier-click or the bar's control adds a second entity;
// the reader then shows the passages that name both; the bar shows the combination and
// removes either.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { useEnv } from "./support/app.mjs";

/** Whether every visible passage names every one of `ids`, and how many there are. */
function visiblePassages(app) {
  return app.page.locator(".reader [data-passage]").evaluateAll((ps) =>
    ps.filter((p) => !p.hidden).map((p) => [...new Set([...p.querySelectorAll("[data-entity]")].map((m) => m.dataset.entity))]),
  );
}

/** The passages of the whole page that name every one of `ids`. */
function passagesNaming(app, ids) {
  return app.page.locator(".reader [data-passage]").evaluateAll(
    (ps, ids) => ps.filter((p) => ids.every((id) => p.querySelector(`[data-entity="${id}"]`))).length,
    ids,
  );
}

describe("two entities at once", () => {
  const env = useEnv();
  let app;

  it("adds a second entity with Shift-click and shows the passages naming both", async () => {
    app = await env.open("?e=homs");
    const second = await app.visibleMentions().and(app.page.locator(':not([data-entity="homs"])')).first().getAttribute("data-entity");
    await app.clickMention(second, { modifiers: ["Shift"] });
    assert.deepEqual(app.filterInUrl(), ["homs", second]);
    assert.deepEqual(await app.filtered(), ["homs", second]);
    const shown = await visiblePassages(app);
    assert.equal(shown.length, await passagesNaming(app, ["homs", second]));
    assert.ok(shown.length > 0);
    for (const names of shown) assert.ok(names.includes("homs") && names.includes(second), names.join());
    const n = shown.length;
    assert.equal(await app.combination().textContent(), n === 1 ? "1 passage names both" : `${n} passages name both`);
    assert.match(await app.live().textContent(), /Filtered to .* and .*/);
    await app.close();
  });

  it("adds with Ctrl-click too, and a modifier-click on a filtered entity removes it", async () => {
    app = await env.open("?e=homs");
    const second = await app.visibleMentions().and(app.page.locator(':not([data-entity="homs"])')).first().getAttribute("data-entity");
    await app.clickMention(second, { modifiers: ["Control"] });
    assert.deepEqual(app.filterInUrl(), ["homs", second]);
    await app.clickMention(second, { modifiers: ["Shift"] });
    assert.deepEqual(app.filterInUrl(), ["homs"]);
    await app.close();
  });

  it("offers, in the bar, the names that share a passage with the filtered one, with how many", async () => {
    app = await env.open("?e=homs");
    assert.equal(await app.addEntity().locator("option[data-option-entity]").count(), 0, "built when wanted");
    // The list is built when the reader reaches for it.
    await app.addEntity().focus();
    await app.settled();
    const options = await app.addEntity().locator("option[data-option-entity]").evaluateAll((os) =>
      os.map((o) => ({ id: o.dataset.optionEntity, text: o.textContent, value: o.value })),
    );
    const cooccurring = await app.page.locator(".reader [data-passage]").evaluateAll((ps) => {
      const out = {};
      for (const p of ps) {
        const ids = new Set([...p.querySelectorAll("[data-entity]")].map((m) => m.dataset.entity));
        if (!ids.has("homs")) continue;
        for (const id of ids) if (id !== "homs") out[id] = (out[id] ?? 0) + 1;
      }
      return out;
    });
    assert.deepEqual(options.map((o) => o.id).sort(), Object.keys(cooccurring).sort());
    for (const o of options) {
      const n = cooccurring[o.id];
      assert.ok(o.text.endsWith(n === 1 ? "(1 passage)" : `(${n} passages)`), o.text);
    }
    const counts = options.map((o) => cooccurring[o.id]);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), "most shared first");

    const pick = options[1];
    await app.addEntity().selectOption(pick.value);
    await app.settled();
    assert.deepEqual(app.filterInUrl(), ["homs", pick.id]);
    assert.equal((await visiblePassages(app)).length, cooccurring[pick.id]);
    assert.equal(await app.addEntity().isVisible(), false, "with two names the bar offers removing, not adding");
    await app.close();
  });

  it("removes either entity from the bar", async () => {
    app = await env.open("?e=homs,hama");
    assert.deepEqual(await app.filtered(), ["homs", "hama"]);
    await app.page.locator('[data-filter-entity="homs"] button.remove').click();
    await app.settled();
    assert.deepEqual(app.filterInUrl(), ["hama"]);
    assert.deepEqual(await app.filtered(), ["hama"]);
    assert.equal(await app.page.locator("button.remove").count(), 0, "one entity left: nothing to remove but the filter");

    await app.goto("?e=homs,hama");
    await app.page.locator('[data-filter-entity="hama"] button.remove').click();
    await app.settled();
    assert.deepEqual(app.filterInUrl(), ["homs"]);
    const shown = await visiblePassages(app);
    assert.equal(shown.length, await passagesNaming(app, ["homs"]));
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("says so when no passage names both", async () => {
    app = await env.open();
    // Two entities that never share a passage.
    const pair = await app.page.locator(".reader [data-passage]").evaluateAll((ps) => {
      const sets = ps.map((p) => new Set([...p.querySelectorAll("[data-entity]")].map((m) => m.dataset.entity)));
      const ids = [...new Set(sets.flatMap((s) => [...s]))];
      for (const a of ids) for (const b of ids) if (a < b && !sets.some((s) => s.has(a) && s.has(b))) return [a, b];
      return null;
    });
    assert.ok(pair);
    await app.goto(`?e=${pair.join(",")}`);
    assert.equal((await visiblePassages(app)).length, 0);
    assert.equal(await app.combination().textContent(), "No passage names both");
    await app.close();
  });
});
