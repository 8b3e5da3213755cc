// Screenshots for the README, taken from the release build: the desktop reader (1400×900)
// and the phone reader (390×844), each filtered to the entity that every source names most.
// Build first (`trunk build --release --public-url /parallax/`), then:
//
//   node tests/e2e/support/screenshots.mjs [--dist <dir>] [--out <dir>]
//
// Prints the paths of the files it wrote.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DESKTOP, PHONE, ROOT, start } from "./app.mjs";

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? resolve(process.argv[at + 1]) : fallback;
};
const dist = arg("--dist", join(ROOT, "dist"));
const out = arg("--out", join(ROOT, "docs"));

/** The entity named in every source with the most mentions, read from the page. */
function entityInEverySource(app) {
  return app.page.evaluate(() => {
    const columns = [...document.querySelectorAll(".reader [data-source]")];
    const counts = {};
    for (const [i, column] of columns.entries()) {
      for (const m of column.querySelectorAll("[data-entity]")) {
        const c = (counts[m.dataset.entity] ??= { sources: new Set(), total: 0 });
        c.sources.add(i);
        c.total++;
      }
    }
    const everywhere = Object.entries(counts).filter(([, c]) => c.sources.size === columns.length);
    everywhere.sort((a, b) => b[1].total - a[1].total);
    return everywhere[0]?.[0] ?? null;
  });
}

const env = await start({ root: dist });
try {
  await mkdir(out, { recursive: true });
  const look = { colorScheme: "light", reducedMotion: "reduce", deviceScaleFactor: 1 };
  const desktop = await env.open("", { viewport: DESKTOP, ...look });
  const entity = await entityInEverySource(desktop);
  if (!entity) throw new Error("no entity is named in every source");
  await desktop.goto(`?e=${encodeURIComponent(entity)}`);
  const desktopPath = join(out, "screenshot-desktop.png");
  await desktop.page.screenshot({ path: desktopPath });
  await desktop.close();

  const phone = await env.open(`?e=${encodeURIComponent(entity)}`, { viewport: PHONE, isMobile: true, hasTouch: true, ...look });
  const phonePath = join(out, "screenshot-phone.png");
  await phone.page.screenshot({ path: phonePath });
  await phone.close();
  for (const app of [desktop, phone]) if (app.errors.length) throw new Error(app.errors.join("\n"));
  console.log(desktopPath);
  console.log(phonePath);
} finally {
  await env.close();
}
