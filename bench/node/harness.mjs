// Shared timing scheme for the JavaScript peers; cpp/harness.hpp implements the same one.
// Warm-up, then SAMPLES samples of ~SAMPLE_MS each. A sample runs the operation in batches and
// reads the clock once per batch, so the clock costs next to nothing; the figure is the median
// sample in ops/s. Each case is checked (accept valid and large, reject invalid with 2 issues)
// before anything is timed, and a runner that fails the check exits non-zero.
import { loadavg } from "node:os";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bench_dir = join(dirname(fileURLToPath(import.meta.url)), "..");
const env_number = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`);
  return value;
};
export const config = {
  samples: Math.max(1, Math.floor(env_number("SAMPLES", 7))),
  sample_ms: env_number("SAMPLE_MS", 1000),
  warmup_ms: env_number("WARMUP_MS", 2000),
  data_dir: process.env.DATA_DIR ?? join(bench_dir, "data"),
  results: process.env.RESULTS_FILE ?? join(bench_dir, "out", "results.jsonl"),
  cases: (process.env.CASES ?? "valid,invalid,large").split(","),
};

// Defeats dead-code elimination: every result feeds this.
let sink = 0;

function fail(runner, message) {
  console.error(`[${runner}] CHECK FAILED: ${message}`);
  process.exit(1);
}

// Runs `op` until `ms` have passed, `batch` calls per clock read; returns [ops, seconds].
function run_for(op, text, ms, batch) {
  const deadline = ms * 1e6;
  const start = process.hrtime.bigint();
  let ops = 0;
  let elapsed = 0;
  do {
    for (let i = 0; i < batch; ++i) sink ^= op(text) ? 1 : 2;
    ops += batch;
    elapsed = Number(process.hrtime.bigint() - start);
  } while (elapsed < deadline);
  return [ops, elapsed / 1e9];
}

// Sizes a batch to take about 1/100 of a sample, so a sample overshoots by at most ~1%.
function calibrate(op, text, sample_ms) {
  let batch = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; ++i) sink ^= op(text) ? 1 : 2;
    const ns = Number(process.hrtime.bigint() - start);
    if (ns >= sample_ms * 1e4 || batch >= 1 << 24) return batch;
    batch *= 2;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// runner: name; cases: { valid, invalid, large }, each a function (text) => verdict where
// verdict is { ok: boolean, issues: [{ path, code }] } when `check` is true, and a boolean-ish
// value when timing (so the timed path does only the library's work plus JSON.parse).
export function run_peer(runner, library, make_op) {
  const inputs = {
    valid: readFileSync(join(config.data_dir, "valid.json"), "utf8"),
    invalid: readFileSync(join(config.data_dir, "invalid.json"), "utf8"),
    large: readFileSync(join(config.data_dir, "large.json"), "utf8"),
  };
  const ops = make_op();

  // Checks first, for every input, so a broken peer fails before spending time on timing.
  const want_ok = { valid: true, invalid: false, large: true };
  const checked = {};
  for (const name of ["valid", "invalid", "large"]) {
    const verdict = ops[name].check(inputs[name]);
    if (verdict.ok !== want_ok[name]) {
      fail(runner, `${name}.json: expected ${want_ok[name] ? "accept" : "reject"}, got ` +
        `${verdict.ok ? "accept" : "reject"} ${JSON.stringify(verdict.issues)}`);
    }
    if (name === "invalid") {
      if (verdict.issues.length !== 2) {
        fail(runner, `invalid.json: expected 2 issues, got ${JSON.stringify(verdict.issues)}`);
      }
      console.log(`[${runner}] invalid.json rejected with ${verdict.issues.length} issues: ` +
        verdict.issues.map((i) => `${i.path} (${i.code})`).join(", "));
    }
    checked[name] = verdict;
  }

  mkdirSync(dirname(config.results), { recursive: true });
  for (const name of config.cases) {
    const text = inputs[name];
    const bytes = Buffer.byteLength(text);
    const op = ops[name].time;
    const batch = calibrate(op, text, config.sample_ms);
    run_for(op, text, config.warmup_ms, batch);
    const rates = [];
    const cpu_before = process.cpuUsage();
    let wall = 0;
    for (let i = 0; i < config.samples; ++i) {
      const [n, seconds] = run_for(op, text, config.sample_ms, batch);
      rates.push(n / seconds);
      wall += seconds;
    }
    // Above 1: V8's helper threads (GC) used the other core; well below 1: we were preempted.
    const cpu = process.cpuUsage(cpu_before);
    const cpu_per_wall = (cpu.user + cpu.system) / 1e6 / wall;
    const load_average = loadavg()[0];
    const ops_per_s = median(rates);
    const usage = process.resourceUsage();
    const memory = process.memoryUsage();
    const record = {
      runner, library, lang: "node", case: name, bytes, ops_per_s,
      mb_per_s: (ops_per_s * bytes) / 1e6,
      spread: (Math.max(...rates) - Math.min(...rates)) / ops_per_s,
      samples: rates, batch,
      cpu_per_wall, load_average, peak_rss_kib: usage.maxRSS, heap_used_bytes: memory.heapUsed,
      issues: name === "invalid" ? checked.invalid.issues : undefined,
      node: process.version,
      config: { samples: config.samples, sample_ms: config.sample_ms, warmup_ms: config.warmup_ms },
    };
    appendFileSync(config.results, JSON.stringify(record) + "\n");
    console.log(`[${runner}] ${name.padEnd(7)} ${fmt(ops_per_s)} ops/s  ` +
      `${record.mb_per_s.toFixed(1)} MB/s  spread ${(record.spread * 100).toFixed(1)}%  ` +
      `peak RSS ${(usage.maxRSS / 1024).toFixed(1)} MiB  heap used ` +
      `${(memory.heapUsed / 1048576).toFixed(1)} MiB  CPU/wall ${cpu_per_wall.toFixed(2)}  ` +
      `load ${load_average.toFixed(1)}`);
  }
  if (sink === 0.5) console.log("unreachable");
}

export const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(2));
