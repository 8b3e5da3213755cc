// The filter lives in the URL (issue 4), under the GitHub Pages sub-path: reload keeps it,
// Back and Forward move through filters, a "copy link" button copies an address that opens
// the same view, and an unknown or malformed id shows a notice, never a crash.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { BASE, useEnv } from "./support/app.mjs";

describe("filter in the URL", () => {
  const env = useEnv();

  it("keeps the page's sub-path and the filter through a reload", async () => {
    const app = await env.open("?e=homs");
    assert.equal(app.url().pathname, BASE);
    assert.deepEqual(await app.filtered(), ["homs"]);
    await app.clickMention("hama", { modifiers: ["Shift"] });
    assert.equal(app.url().pathname, BASE);
    assert.equal(app.url().search, "?e=homs,hama");
    await app.reload();
    assert.deepEqual(await app.filtered(), ["homs", "hama"]);
    assert.equal(await app.visibleMentions("homs").count() > 0, true);
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("moves through filters with Back and Forward", async () => {
    const app = await env.open();
    await app.clickMention("homs");
    await app.clickMention("hama");
    await app.clickMention("aleppo");
    assert.deepEqual(app.filterInUrl(), ["aleppo"]);
    const back = async () => {
      await app.page.goBack();
      await app.settled();
    };
    const forward = async () => {
      await app.page.goForward();
      await app.settled();
    };
    await back();
    assert.deepEqual(await app.filtered(), ["hama"]);
    await back();
    assert.deepEqual(await app.filtered(), ["homs"]);
    await back();
    assert.deepEqual(await app.filtered(), []);
    assert.equal(app.url().search, "");
    await forward();
    assert.deepEqual(await app.filtered(), ["homs"]);
    await forward();
    assert.deepEqual(await app.filtered(), ["hama"]);
    assert.deepEqual(app.filterInUrl(), ["hama"]);
    // The first page of this tab is the app itself, opened without a filter: a reload of a
    // filtered page adds no history entry.
    const length = await app.page.evaluate(() => history.length);
    await app.reload();
    assert.equal(await app.page.evaluate(() => history.length), length);
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("copies a link that opens the same view", async () => {
    const app = await env.open("?e=homs", { permissions: ["clipboard-read", "clipboard-write"] });
    await app.clickMention("hama", { modifiers: ["Shift"] });
    const copy = app.copyLink();
    assert.equal((await copy.textContent()).trim(), "Copy link");
    await copy.click();
    await app.page.waitForFunction(() => document.querySelector("[data-copy-link]").textContent.includes("copied"));
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, app.page.url());
    assert.equal(new URL(copied).pathname, BASE);
    assert.equal(await app.live().textContent(), "Link copied.");

    const other = await env.open(new URL(copied).search);
    assert.deepEqual(await other.filtered(), ["homs", "hama"]);
    await other.close();
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  it("shows a notice for an unknown id, and keeps the ids it knows", async () => {
    const app = await env.open("?e=homs,no-such-entity");
    assert.deepEqual(await app.filtered(), ["homs"]);
    const notice = await app.notice().textContent();
    assert.match(notice, /no-such-entity/);
    assert.equal(app.url().search, "?e=homs", "the address drops what it could not use");
    await app.page.locator("[data-notice] button").click();
    await app.settled();
    assert.equal(await app.notice().count(), 0, "the notice can be dismissed");
    assert.deepEqual(app.errors, []);
    await app.close();
  });

  for (const [label, query] of [
    ["a broken escape", "?e=%ZZ"],
    ["a lone percent sign", "?e=%"],
    ["markup", "?e=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"],
    ["a very long id", `?e=${"x".repeat(5000)}`],
    ["empty ids", "?e=,,,&s=,"],
    ["invalid UTF-8", "?e=%FF%FE"],
    ["an unknown source", "?s=nope.txt"],
  ]) {
    it(`survives ${label} in the address`, async () => {
      const app = await env.open(query);
      assert.deepEqual(await app.filtered(), []);
      assert.equal(await app.page.locator("img").count(), 0, "address text is never markup");
      const notices = await app.notice().count();
      if (label !== "empty ids") {
        assert.equal(notices, 1, "a notice says what was not understood");
        assert.ok((await app.notice().textContent()).length < 400, "the notice quotes the id shortened");
      }
      // The page still works.
      await app.clickMention("homs");
      assert.deepEqual(app.filterInUrl(), ["homs"]);
      assert.deepEqual(app.errors, []);
      await app.close();
    });
  }
});
