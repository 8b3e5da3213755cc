// A page object for the reader (as in the Leptos examples' Playwright tests): how a test opens
// it, finds its parts and acts on it. It selects only by the app's data- hooks, which are a
// contract: [data-source], [data-passage] (+ data-role), [data-entity][data-kind],
// [data-filter-bar], [data-clear], [data-filter-entity], [data-count-source], [data-notice],
// [data-live], [data-column-count]. It also records every console error and page error.

/** Attribute selector with the value quoted for CSS. */
const hook = (name, value) => `[${name}="${String(value).replace(/["\\]/g, "\\$&")}"]`;

export class Reader {
  /**
   * A reader in a new browser context (own history, storage and JavaScript setting).
   * @param {import("playwright-core").Browser} browser
   * @param {string} base the site's address, e.g. http://127.0.0.1:1234/parallax/
   */
  static async launch(browser, base, { javaScriptEnabled = true, viewport = { width: 1400, height: 900 } } = {}) {
    const context = await browser.newContext({ javaScriptEnabled, viewport });
    // What the app does takes milliseconds: a missing element should fail fast, not in 30 s.
    context.setDefaultTimeout(5_000);
    return new Reader(await context.newPage(), base, { javaScriptEnabled });
  }

  constructor(page, base, { javaScriptEnabled = true } = {}) {
    this.page = page;
    this.base = base;
    this.javaScriptEnabled = javaScriptEnabled;
    this.errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText ?? "";
      // With JavaScript off, Chromium refuses the script's modulepreload: expected, not a fault.
      if (!javaScriptEnabled && reason === "csp" && request.resourceType() === "script") return;
      // The browser gives up the icon when the page is closed or left before it arrives.
      if (reason === "net::ERR_ABORTED" && request.url().includes("/favicon")) return;
      this.errors.push(`request failed: ${request.url()} ${reason}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) this.errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  }

  /** Opens the reader at `query` (e.g. "?e=homs") and, with JavaScript on, waits for hydration. */
  async open(query = "") {
    await this.page.goto(this.base + query);
    if (this.javaScriptEnabled) await this.hydrated();
    return this;
  }

  /** Waits until the wasm has started (Trunk's loader sets `wasmBindings` after `main` ran)
   * and the app has applied the address (it does so on the next animation frame). */
  async hydrated() {
    await this.page.waitForFunction(() => window.wasmBindings !== undefined);
    await this.settled();
  }

  /** Waits for the frames in which the app applies a change: the filter, then the scroll
   * that keeps a clicked mention in place or returns to where the reader was. */
  async settled() {
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))),
    );
  }

  /** Every source column. */
  columns() {
    return this.page.locator("[data-source]");
  }

  /** The column of one source, by its file name. */
  column(file) {
    return this.page.locator(hook("data-source", file));
  }

  /** Every passage of a source, shown or not. */
  passages(file) {
    return this.column(file).locator("[data-passage]");
  }

  /** The passages of a source that are on screen (not hidden by the filter). */
  visiblePassages(file) {
    return this.passages(file).filter({ visible: true });
  }

  /** The text of each passage of a source, exactly as in the DOM. */
  passageTexts(file) {
    return this.passages(file).evaluateAll((passages) => passages.map((p) => p.textContent));
  }

  /** A source's passage count line ("36 passages", "Not mentioned in this source"). */
  columnCount(file) {
    return this.column(file).locator("[data-column-count]");
  }

  /** Every mention of an entity, in every source; every mention when no id is given. */
  mention(entityId) {
    return this.page.locator(entityId === undefined ? "[data-entity][data-kind]" : `${hook("data-entity", entityId)}[data-kind]`);
  }

  /** The mentions whose text is exactly `text`. */
  mentionsWritten(text) {
    return this.mention().filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
  }

  /** The id of the entity a mention written `text` names. */
  async entityWritten(text) {
    return this.mentionsWritten(text).first().getAttribute("data-entity");
  }

  /** Clicks the `nth` mention of an entity (with a modifier key such as "Shift"), then waits
   * for the app to apply it. */
  async clickMention(entityId, { nth = 0, modifier } = {}) {
    await this.mention(entityId).nth(nth).click({ modifiers: modifier ? [modifier] : [] });
    await this.settled();
  }

  /** The bar that says what is filtered, or how to filter. */
  filterBar() {
    return this.page.locator("[data-filter-bar]");
  }

  /** One filtered entity's part of the bar. */
  filterEntity(entityId) {
    return this.filterBar().locator(hook("data-filter-entity", entityId));
  }

  /** The bar's mention count for one source, within one filtered entity's part. */
  countFor(entityId, file) {
    return this.filterEntity(entityId).locator(hook("data-count-source", file));
  }

  /** Presses the bar's clear button and waits for the app to apply it. */
  async clear() {
    await this.filterBar().locator("[data-clear]").click();
    await this.settled();
  }

  /** Presses Escape and waits for the app to apply it. */
  async pressEscape() {
    await this.page.keyboard.press("Escape");
    await this.settled();
  }

  /** The notice (e.g. about an unknown entity in the address). */
  notice() {
    return this.page.locator("[data-notice]");
  }

  /** The polite live region that announces filter changes. */
  live() {
    return this.page.locator("[data-live]");
  }

  /** The page's address. */
  url() {
    return new URL(this.page.url());
  }

  /** The vertical scroll position. */
  scrollY() {
    return this.page.evaluate(() => window.scrollY);
  }

  /** Scrolls to `y` and waits until the page has seen the scroll. */
  async scrollTo(y) {
    await this.page.evaluate((y) => window.scrollTo(0, y), y);
    await this.settled();
  }

  /** Console errors, page errors and failed requests so far. */
  consoleErrors() {
    return [...this.errors];
  }

  async close() {
    await this.page.context().close();
  }
}
