// Prints the one results table from bench/out/results.jsonl (or the file named as argument).
// "accord ÷ runner" is how many times faster accord is than that runner on each input.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? process.env.RESULTS_FILE ?? join(here, "out", "results.jsonl");
const records = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

const order = ["hand-written", "accord", "zod4", "ajv", "typia", "valibot"];
const runners = new Map();
for (const r of records) {
  if (!runners.has(r.runner)) {
    runners.set(r.runner, { library: r.library, cases: {}, failed: null, skipped: null });
  }
  const row = runners.get(r.runner);
  if (r.failed) row.failed = r.failed;
  else if (r.skipped) row.skipped = r.skipped;
  else row.cases[r.case] = r;
}
const names = [...runners.keys()].sort((a, b) => {
  const ia = order.indexOf(a), ib = order.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
});

const rate = (x) => (x === undefined ? "–" : x >= 100 ? Math.round(x).toLocaleString("en-US")
                                                      : x.toFixed(2));
const mb = (x) => (x === undefined ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a, b) => (a === undefined || b === undefined ? "–"
                                                            : (a / b).toFixed(a / b >= 10 ? 0 : 2));
const ops = (name, c) => runners.get(name)?.cases[c]?.ops_per_s;
const cases = ["valid", "invalid", "large"];
const ratios = (base, name) => cases.map((c) => ratio(ops(base, c), ops(name, c))).join(" / ");

const header = ["runner", "(a) ops/s", "(a) MB/s", "(b) ops/s", "(c) ops/s", "(c) MB/s",
  "allocs/op (a / b / c)", "CPU/wall (a / b / c)", "peak RSS MiB", "JS heap MiB",
  "accord ÷ runner (a / b / c)", "hand-written ÷ runner (a / b / c)"];
const rows = names.map((name) => {
  const row = runners.get(name);
  const c = row.cases;
  const any = c.large ?? c.invalid ?? c.valid;
  const allocs = cases.map((k) => (c[k]?.allocs_per_op === undefined ? "–"
    : c[k].allocs_per_op.toLocaleString("en-US", { maximumFractionDigits: 1 }))).join(" / ");
  const peak = Math.max(...cases.map((k) => c[k]?.peak_rss_kib ?? 0));
  return [
    `${name}${row.failed ? " (FAILED)" : row.skipped ? " (not built)" : ""}`,
    rate(c.valid?.ops_per_s), mb(c.valid?.mb_per_s), rate(c.invalid?.ops_per_s),
    rate(c.large?.ops_per_s), mb(c.large?.mb_per_s),
    any?.lang === "cpp" ? allocs : "n/a",
    cases.map((k) => (c[k]?.cpu_per_wall === undefined ? "–" : c[k].cpu_per_wall.toFixed(2)))
      .join(" / "),
    peak ? (peak / 1024).toFixed(0) : "–",
    c.large?.heap_used_bytes !== undefined ? (c.large.heap_used_bytes / 1048576).toFixed(0) : "–",
    ratios("accord", name), ratios("hand-written", name),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const pad = (x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]));
const line = (cells) => "| " + cells.map(pad).join(" | ") + " |";
console.log(line(header));
console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":"))
  .join("|") + "|");
for (const r of rows) console.log(line(r));

const first = records.find((r) => r.config)?.config;
const bytes = Object.fromEntries(cases.map((k) => [k, records.find((r) => r.case === k)?.bytes]));
console.log(`\n(a) valid.json ${bytes.valid} B, (b) invalid.json ${bytes.invalid} B, ` +
  `(c) large.json ${bytes.large} B. ` +
  `Median of ${first?.samples} samples × ${first?.sample_ms} ms ` +
  `after ${first?.warmup_ms} ms warm-up; MB = 10^6 bytes.`);
console.log("allocs/op: C++ heap allocations per operation (replaced operator new); peak RSS: " +
  "whole process, which also holds the 16 MB input; JS heap: heapUsed after (c);\n" +
  "CPU/wall: process CPU time ÷ wall time over the samples (Node > 1 = GC threads on the " +
  "other core; < 1 = preempted by other work).");
const loads = records.filter((r) => r.load_average !== undefined).map((r) => r.load_average);
const contended = records.filter((r) => r.cpu_per_wall !== undefined &&
  (r.lang === "cpp" ? r.cpu_per_wall < 0.95 : r.cpu_per_wall < 0.9));
if (loads.length) {
  console.log(`1-min load average after each case: ${Math.min(...loads).toFixed(1)}–` +
    `${Math.max(...loads).toFixed(1)} (2 cores: above ~1 means competing work).`);
}
if (contended.length) {
  console.log(`WARNING: other processes took CPU during ${contended.length} case(s) ` +
    `(${contended.map((r) => `${r.runner}/${r.case}`).join(", ")}): ` +
    "those figures are low; rerun on a quiet machine before comparing.");
}
const has_cases = (name) => Object.keys(runners.get(name)?.cases ?? {}).length > 0;
if (!has_cases("accord")) console.log("accord: no result (runner not built or not run).");
else if (has_cases("hand-written")) {
  console.log(`accord vs hand-written simdjson: ${ratios("accord", "hand-written")} ` +
    "(accord ops/s ÷ hand-written ops/s, for a / b / c)");
}
for (const name of names) {
  const row = runners.get(name);
  if (row.failed) console.log(`FAILED: ${name}: ${row.failed}`);
  if (row.skipped) console.log(`not built: ${name}: ${row.skipped}`);
}
