// A page object for the comparison tools of issue 4: the entity index, the legend, the
// mention card, the second entity, the address, the keyboard, phone tabs, the theme, the
// source chooser. It selects only by the app's data- hooks ([data-index], [data-index-row],
// [data-legend-kind], [data-card], [data-copy-link], [data-shortcuts], [data-source-tab],
// [data-theme-toggle], [data-add-entity], [data-combination], [data-source-chooser], …) and
// records every console error, page error and failed request, as the reader's does.
import { after, before } from "node:test";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const BASE = process.env.PARALLAX_PUBLIC_URL ?? "/parallax/";
export const DESKTOP = { width: 1400, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Attribute selector with the value quoted for CSS. */
export const hook = (name, value) => `[${name}="${String(value).replace(/["\\]/g, "\\$&")}"]`;

/**
 * The server and browser one test file shares: `dist/` (or `root`) served under the base
 * path, and headless Chromium. Call `close()` after.
 */
export async function start({ root = join(ROOT, "dist") } = {}) {
  const server = await serve({ root, base: BASE });
  const browser = await launch();
  return {
    server,
    browser,
    /** Opens the app in a fresh context (own storage and history). */
    open: (query = "", options = {}) => App.open(browser, server.url, query, options),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The server and browser for the enclosing `describe` block: started by a `before` hook it
 * registers, closed (with every page opened through it) by an `after` hook. Returns an
 * object whose `open` is ready once the block's hooks have run.
 */
export function useEnv(options) {
  const env = {};
  before(async () => {
    Object.assign(env, await start(options));
  }, { timeout: options?.timeout });
  after(async () => {
    await env.close?.();
  });
  return env;
}

export class App {
  /**
   * The app at `query` in a new browser context, hydrated and with the address applied.
   * Options are Playwright context options (viewport, colorScheme, reducedMotion, hasTouch,
   * isMobile, permissions…).
   */
  static async open(browser, base, query = "", options = {}) {
    const context = await browser.newContext({ viewport: DESKTOP, ...options });
    context.setDefaultTimeout(5_000);
    const app = new App(await context.newPage(), base);
    await app.goto(query);
    return app;
  }

  constructor(page, base) {
    this.page = page;
    this.base = base;
    this.errors = [];
    page.on("console", (m) => {
      if (m.type() === "error") this.errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => this.errors.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => {
      const reason = r.failure()?.errorText ?? "";
      // The browser gives up the icon when the page is closed or left before it arrives.
      if (reason === "net::ERR_ABORTED" && r.url().includes("/favicon")) return;
      this.errors.push(`request failed: ${r.url()} ${reason}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) this.errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  }

  /** Goes to `query` under the base and waits for the app to be ready. */
  async goto(query = "") {
    await this.page.goto(this.base + query);
    await this.ready();
  }

  /** Waits until the app has hydrated and applied the address (it marks `<html data-ready>`). */
  async ready() {
    await this.page.waitForSelector("html[data-ready]", { state: "attached" });
    await this.settled();
  }

  /** Waits for the frames in which the app applies a change. */
  async settled() {
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))),
    );
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** The page's address. */
  url() {
    return new URL(this.page.url());
  }

  /** The `e` parameter of the address, as a list of ids. */
  filterInUrl() {
    const e = this.url().searchParams.get("e");
    return e ? e.split(",") : [];
  }

  // The reader.

  /** Every mention of an entity (or every mention), in every source. */
  mention(entityId) {
    return this.page.locator(entityId === undefined ? ".reader [data-entity]" : `.reader ${hook("data-entity", entityId)}`);
  }

  /** The mentions of an entity that are on screen. */
  visibleMentions(entityId) {
    return this.mention(entityId).filter({ visible: true });
  }

  /** The entities of the filter, from the bar, in order. */
  filtered() {
    return this.page.locator("[data-filter-entity]").evaluateAll((els) => els.map((e) => e.dataset.filterEntity));
  }

  column(file) {
    return this.page.locator(`.reader ${hook("data-source", file)}`);
  }

  /** The file names of the columns on screen. */
  visibleColumns() {
    return this.page.locator(".reader [data-source]").evaluateAll((cols) =>
      cols.filter((c) => c.getClientRects().length > 0).map((c) => c.dataset.source),
    );
  }

  /** The file names of every source in the page (from the reader's columns). */
  sources() {
    return this.page.locator(".reader [data-source]").evaluateAll((cols) => cols.map((c) => c.dataset.source));
  }

  /** The visible passages of a source. */
  visiblePassages(file) {
    return this.column(file).locator("[data-passage]").filter({ visible: true });
  }

  async clickMention(entityId, { nth = 0, modifiers = [] } = {}) {
    await this.visibleMentions(entityId).nth(nth).click({ modifiers });
    await this.settled();
  }

  // The entity index.

  indexToggle() {
    return this.page.locator("[data-toggle=index]");
  }
  index() {
    return this.page.locator("[data-index]");
  }
  indexSearch() {
    return this.page.locator("[data-index-search]");
  }
  indexRow(entityId) {
    return this.page.locator(hook("data-index-row", entityId));
  }
  /** The ids of the index's rows, in order. */
  indexRows() {
    return this.page.locator("[data-index-row]").evaluateAll((rows) => rows.map((r) => r.dataset.indexRow));
  }
  /** Every row as { id, kind, cells: [numbers per source column], total, spread, single }. */
  indexMatrix() {
    return this.page.locator("[data-index-row]").evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.dataset.indexRow,
        kind: r.dataset.kind,
        cells: [...r.querySelectorAll("td.cell")].map((c) => Number(c.textContent)),
        total: Number(r.querySelector("td.total").textContent),
        spread: Number(r.querySelector("td.spread").textContent),
        single: r.querySelector("[data-single-source]") !== null,
      })),
    );
  }
  /** The index's column headings for sources, as their full titles. */
  indexSourceHeadings() {
    return this.page.locator("[data-index] th.source-col").evaluateAll((ths) => ths.map((th) => th.title));
  }
  async openIndex() {
    await this.indexToggle().click();
    await this.settled();
  }
  async sortIndex(by) {
    await this.page.locator(`[data-index] ${hook("data-sort", by)}`).click();
    await this.settled();
  }

  // The legend.

  legendKind(kind) {
    return this.page.locator(hook("data-legend-kind", kind));
  }

  // The mention card.

  card() {
    return this.page.locator("[data-card]");
  }

  // The filter bar's tools.

  addEntity() {
    return this.page.locator("[data-add-entity]");
  }
  combination() {
    return this.page.locator("[data-combination]");
  }
  copyLink() {
    return this.page.locator("[data-copy-link]");
  }
  notice() {
    return this.page.locator("[data-notice]");
  }
  live() {
    return this.page.locator("[data-live]");
  }

  // Keyboard.

  async press(key) {
    await this.page.keyboard.press(key);
    await this.settled();
  }
  shortcuts() {
    return this.page.locator("[data-shortcuts]");
  }
  /** The focused element's tag, class and entity. */
  focused() {
    return this.page.evaluate(() => {
      const a = document.activeElement;
      return a ? { tag: a.tagName, entity: a.dataset?.entity ?? null, cls: a.className } : null;
    });
  }

  // Phone.

  sourceTab(file) {
    return this.page.locator(hook("data-source-tab", file));
  }
  sourceTabs() {
    return this.page.locator("[data-source-tab]");
  }

  // Theme.

  themeToggle() {
    return this.page.locator("[data-theme-toggle]");
  }
  /** The page's computed background colour. */
  background() {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }

  // Sources.

  chooser() {
    return this.page.locator("[data-source-chooser]");
  }
  chooserRow(file) {
    return this.page.locator(hook("data-choose-source", file));
  }
  /** The box that narrows the chooser's list (rendered while the list is unfolded). */
  chooserSearch() {
    return this.page.locator("[data-chooser-search]");
  }

  async close() {
    await this.page.context().close();
  }
}

/** Relative luminance of a CSS rgb()/rgba() colour string. */
export function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).map(Number);
  const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
