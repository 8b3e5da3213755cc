// The size of the built site: every file in dist/ raw, gzip -9 and brotli (node:zlib), with
// totals. With --check, exits 1 when what a first visit loads (every file in dist/) is over
// the gzip budget, saying by how much. Run by `cargo xtask test` after the release build.
//
//   node tests/e2e/support/size.mjs [--check] [--dist <dir>]
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * What a first visit may load, gzip -9, in bytes. The goal is 100 KB (issue 5); the site is
 * about 149.5 KB, most of it the wasm of the reader's features (see ARCHITECTURE.md, "Size"),
 * so CI holds the line here: a change that grows the site past this fails, and every saving
 * should lower it.
 */
export const BUDGET = 150 * 1024;

/** The size the project aims for, printed beside the budget. */
export const GOAL = 100 * 1024;

/** Trunk's staging folder inside dist/ while (or after a failed) build: not part of the site. */
const STAGING = ".stage";

/** Every file under `dir`, recursively, as paths relative to it, sorted. */
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = relative(dir, join(entry.parentPath ?? entry.path, entry.name));
    if (entry.isFile() && path.split(sep)[0] !== STAGING) out.push(path);
  }
  return out.sort();
}

/** Raw, gzip -9 and brotli (quality 11) sizes of every file in `dir`. */
export async function measure(dir) {
  const rows = [];
  for (const file of await files(dir)) {
    const body = await readFile(join(dir, file));
    rows.push({
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    });
  }
  const total = rows.reduce(
    (sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table as text: one line per file, then the totals. */
export function table({ rows, total }) {
  const width = Math.max("total".length, ...rows.map((r) => r.file.length));
  const line = (file, raw, gzip, brotli) =>
    `${file.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gzip).padStart(9)}  ${String(brotli).padStart(9)}`;
  return [
    line("file", "raw", "gzip -9", "brotli"),
    ...rows.map((r) => line(r.file, r.raw, r.gzip, r.brotli)),
    line("total", total.raw, total.gzip, total.brotli),
    `${"".padEnd(width)}  ${kb(total.raw).padStart(9)}  ${kb(total.gzip).padStart(9)}  ${kb(total.brotli).padStart(9)}`,
  ].join("\n");
}

async function main(args) {
  const at = args.indexOf("--dist");
  const dist = resolve(at >= 0 ? args[at + 1] : "dist");
  const sizes = await measure(dist).catch((error) => {
    console.error(`size: cannot read ${dist}: ${error.message} (build the site first)`);
    process.exit(2);
  });
  if (sizes.rows.length === 0) {
    console.error(`size: ${dist} is empty (build the site first)`);
    process.exit(2);
  }
  console.log(table(sizes));
  if (!args.includes("--check")) return;
  const { gzip } = sizes.total;
  if (gzip > BUDGET) {
    console.error(
      `size: over budget: a first visit loads ${gzip} bytes gzip (${kb(gzip)}), ` +
        `the budget is ${BUDGET} bytes (${kb(BUDGET)}): ${gzip - BUDGET} bytes (${kb(gzip - BUDGET)}) over`,
    );
    process.exit(1);
  }
  console.log(`size: within budget: ${gzip} of ${BUDGET} bytes gzip (${BUDGET - gzip} bytes to spare)`);
  if (gzip > GOAL) console.log(`size: ${gzip - GOAL} bytes (${kb(gzip - GOAL)}) over the goal of ${kb(GOAL)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
