// A second build of the site over many sources (the seeds copied, `COPIES` times each), for
// the tests of choosing which sources sit side by side and of the app at scale. Built from
// seeds under target/e2e-many/ into its own dist folder, in the ordinary target folder (only
// the app crate recompiles for other seeds); rebuilt only when the app's sources are newer
// than the last build.
//
//   node tests/e2e/support/many.mjs      (prints the folder of the built site)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BASE, ROOT } from "./app.mjs";

/** Copies of each seed: three seeds make 300 sources. */
export const COPIES = 100;

const HOME = join(ROOT, "target", "e2e-many");
const SEEDS = join(HOME, "seeds");
export const DIST = join(HOME, "dist");

/** The newest modification time among files under `path`. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The seeds, `COPIES` times each, named so that file order interleaves the stories. */
function writeSeeds() {
  rmSync(SEEDS, { recursive: true, force: true });
  mkdirSync(SEEDS, { recursive: true });
  const seeds = readdirSync(join(ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort();
  for (let copy = 0; copy < COPIES; copy++) {
    for (const seed of seeds) copyFileSync(join(ROOT, "seeds", seed), join(SEEDS, `${String(copy).padStart(3, "0")}-${seed}`));
  }
}

/** Builds the many-source site if it is missing or older than the app; returns its folder. */
export function buildMany() {
  const inputs = ["src", "style", "index.html", "Cargo.toml", "build.rs", "crates/analysis/src", "seeds"].map((p) => join(ROOT, p));
  const built = existsSync(join(DIST, "index.html")) ? statSync(join(DIST, "index.html")).mtimeMs : 0;
  if (built > Math.max(...inputs.map(newest))) return DIST;
  writeSeeds();
  execFileSync("trunk", ["build", "--release", "--public-url", BASE, "--dist", DIST], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PARALLAX_SEEDS: SEEDS,
      PATH: `${join(ROOT, "node_modules", ".bin")}:${process.env.PATH}`,
    },
  });
  return DIST;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(buildMany());
