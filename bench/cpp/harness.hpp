#pragma once
// Shared timing scheme for the C++ runners; node/harness.mjs implements the same one.
// Warm-up, then SAMPLES samples of ~SAMPLE_MS each. A sample runs the operation in batches and
// reads the clock once per batch, so the clock costs next to nothing; the figure is the median
// sample in ops/s. Runners check every input before timing and exit non-zero when a check fails.

#include <sys/resource.h>

#include <cstdlib>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifndef BENCH_DEFAULT_DATA_DIR
#define BENCH_DEFAULT_DATA_DIR "bench/data"
#endif
#ifndef BENCH_DEFAULT_RESULTS_FILE
#define BENCH_DEFAULT_RESULTS_FILE "bench/out/results.jsonl"
#endif

namespace bench {

// Defined in alloc_count.cpp, which replaces the global operator new.
extern std::uint64_t g_alloc_count;
extern std::uint64_t g_alloc_bytes;

struct Config {
  int samples = 7;
  double sample_ms = 1000;
  double warmup_ms = 2000;
  std::string data_dir = BENCH_DEFAULT_DATA_DIR;
  std::string results_file = BENCH_DEFAULT_RESULTS_FILE;
  std::string cases = "valid,invalid,large";
};

inline double env_number(const char* name, double fallback) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return fallback;
  char* end = nullptr;
  const double value = std::strtod(text, &end);
  if (*end != '\0' || value < 0) {
    std::cerr << name << " must be a non-negative number, got '" << text << "'\n";
    std::exit(2);
  }
  return value;
}

inline Config load_config() {
  Config config;
  config.samples = std::max(1, static_cast<int>(env_number("SAMPLES", 7)));
  config.sample_ms = env_number("SAMPLE_MS", 1000);
  config.warmup_ms = env_number("WARMUP_MS", 2000);
  if (const char* dir = std::getenv("DATA_DIR")) config.data_dir = dir;
  if (const char* file = std::getenv("RESULTS_FILE")) config.results_file = file;
  if (const char* cases = std::getenv("CASES")) config.cases = cases;
  return config;
}

inline bool wants_case(const Config& config, std::string_view name) {
  std::string_view rest = config.cases;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    if (rest.substr(0, comma) == name) return true;
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return false;
}

[[noreturn]] inline void fail(std::string_view runner, std::string_view message) {
  std::cerr << "[" << runner << "] CHECK FAILED: " << message << std::endl;
  std::exit(1);
}

inline std::string read_file(std::string_view runner, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(runner, "cannot read " + path + " (run bench/gen-data.mjs first)");
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

/// What a runner made of one input, in a shape every runner can produce.
struct IssueView {
  std::string path;  ///< JSON Pointer
  std::string code;
};
struct Verdict {
  bool ok = false;
  std::vector<IssueView> issues;
};

inline std::string describe(const std::vector<IssueView>& issues) {
  std::string text;
  for (const auto& issue : issues) {
    if (!text.empty()) text += ", ";
    text += (issue.path.empty() ? std::string("(root)") : issue.path) + " (" + issue.code + ")";
  }
  return text;
}

/// Exits loudly unless valid and large are accepted and invalid is rejected with 2 issues.
inline void require_verdicts(std::string_view runner, const Verdict& valid,
                             const Verdict& invalid, const Verdict& large) {
  if (!valid.ok) fail(runner, "valid.json rejected: " + describe(valid.issues));
  if (!large.ok) fail(runner, "large.json rejected: " + describe(large.issues));
  if (invalid.ok) fail(runner, "invalid.json accepted");
  if (invalid.issues.size() != 2) {
    fail(runner, "invalid.json: expected 2 issues, got " + std::to_string(invalid.issues.size()) +
                     ": " + describe(invalid.issues));
  }
  std::cout << "[" << runner << "] invalid.json rejected with 2 issues: "
            << describe(invalid.issues) << "\n";
}

/// Keeps a value alive as far as the optimiser can tell.
template <class T>
inline void do_not_optimize(const T& value) {
  asm volatile("" : : "r,m"(value) : "memory");
}

struct Measurement {
  double ops_per_s = 0;
  double spread = 0;  ///< (max - min) / median over the samples
  std::vector<double> samples;
  std::uint64_t batch = 1;
  double allocs_per_op = 0;
  double alloc_bytes_per_op = 0;
  double cpu_per_wall = 0;  ///< below ~0.95: other processes took CPU from the samples
  double load_average = 0;  ///< 1-minute load average at the end of the samples
};

/// User + system CPU seconds of this process so far.
inline double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

using Clock = std::chrono::steady_clock;

template <class Op>
inline void run_batch(Op& op, std::uint64_t batch) {
  for (std::uint64_t i = 0; i < batch; ++i) {
    const bool ok = op();
    do_not_optimize(ok);
  }
}

/// Runs `op` in batches until `ms` have passed; returns {ops, seconds}.
template <class Op>
inline std::pair<std::uint64_t, double> run_for(Op& op, double ms, std::uint64_t batch) {
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration<double, std::milli>(ms);
  std::uint64_t ops = 0;
  Clock::time_point now;
  do {
    run_batch(op, batch);
    ops += batch;
    now = Clock::now();
  } while (now < deadline);
  return {ops, std::chrono::duration<double>(now - start).count()};
}

/// Sizes a batch to take about 1/100 of a sample, so a sample overshoots by at most ~1%.
template <class Op>
inline std::uint64_t calibrate(Op& op, double sample_ms) {
  std::uint64_t batch = 1;
  for (;;) {
    const auto start = Clock::now();
    run_batch(op, batch);
    const std::chrono::duration<double, std::milli> took = Clock::now() - start;
    if (took.count() >= sample_ms / 100 || batch >= (std::uint64_t{1} << 24)) return batch;
    batch *= 2;
  }
}

/// `op` returns the verdict (true = accepted) and does the whole job: parse, check, bind.
template <class Op>
inline Measurement measure(const Config& config, Op op) {
  Measurement m;
  m.batch = calibrate(op, config.sample_ms);
  run_for(op, config.warmup_ms, m.batch);
  const double cpu_before = cpu_seconds();
  double wall = 0;
  for (int i = 0; i < config.samples; ++i) {
    const auto [ops, seconds] = run_for(op, config.sample_ms, m.batch);
    m.samples.push_back(static_cast<double>(ops) / seconds);
    wall += seconds;
  }
  m.cpu_per_wall = (cpu_seconds() - cpu_before) / wall;
  if (double load[1]; getloadavg(load, 1) == 1) m.load_average = load[0];
  auto sorted = m.samples;
  std::sort(sorted.begin(), sorted.end());
  const auto n = sorted.size();
  m.ops_per_s = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  m.spread = (sorted.back() - sorted.front()) / m.ops_per_s;
  // Counted apart from the timed samples, over one batch of operations.
  const auto count_before = g_alloc_count;
  const auto bytes_before = g_alloc_bytes;
  run_batch(op, m.batch);
  m.allocs_per_op =
      static_cast<double>(g_alloc_count - count_before) / static_cast<double>(m.batch);
  m.alloc_bytes_per_op =
      static_cast<double>(g_alloc_bytes - bytes_before) / static_cast<double>(m.batch);
  return m;
}

inline long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

inline std::string json_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
      out += buffer;
    } else {
      out += c;
    }
  }
  return out;
}

inline std::string format_rate(double value) {
  if (value < 100) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
  }
  auto digits = std::to_string(static_cast<std::uint64_t>(value + 0.5));
  for (auto i = static_cast<long>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), ",");
  }
  return digits;
}

/// Prints one case and appends it to the results file as a JSON line.
inline void report(const Config& config, std::string_view runner, std::string_view library,
                   std::string_view case_name, std::size_t bytes, const Measurement& m,
                   const std::vector<IssueView>& issues) {
  const double mb_per_s = m.ops_per_s * static_cast<double>(bytes) / 1e6;
  const long rss = peak_rss_kib();
  char line[256];
  std::snprintf(line, sizeof line,
                "%.1f MB/s  spread %.1f%%  allocs/op %.2f (%.0f B)  peak RSS %.1f MiB  "
                "CPU/wall %.2f  load %.1f",
                mb_per_s, m.spread * 100, m.allocs_per_op, m.alloc_bytes_per_op,
                static_cast<double>(rss) / 1024, m.cpu_per_wall, m.load_average);
  std::cout << "[" << runner << "] " << case_name << std::string(8 - case_name.size(), ' ')
            << format_rate(m.ops_per_s) << " ops/s  " << line << std::endl;

  std::ostringstream json;
  json.precision(10);
  json << R"({"runner":")" << json_escape(runner) << R"(","library":")" << json_escape(library)
       << R"(","lang":"cpp","case":")" << case_name << R"(","bytes":)" << bytes
       << R"(,"ops_per_s":)" << m.ops_per_s << R"(,"mb_per_s":)" << mb_per_s
       << R"(,"spread":)" << m.spread << R"(,"samples":[)";
  for (std::size_t i = 0; i < m.samples.size(); ++i) json << (i ? "," : "") << m.samples[i];
  json << R"(],"batch":)" << m.batch << R"(,"allocs_per_op":)" << m.allocs_per_op
       << R"(,"alloc_bytes_per_op":)" << m.alloc_bytes_per_op << R"(,"peak_rss_kib":)" << rss
       << R"(,"cpu_per_wall":)" << m.cpu_per_wall << R"(,"load_average":)" << m.load_average;
  if (!issues.empty()) {
    json << R"(,"issues":[)";
    for (std::size_t i = 0; i < issues.size(); ++i) {
      json << (i ? "," : "") << R"({"path":")" << json_escape(issues[i].path)
           << R"(","code":")" << json_escape(issues[i].code) << R"("})";
    }
    json << "]";
  }
  json << R"(,"config":{"samples":)" << config.samples << R"(,"sample_ms":)" << config.sample_ms
       << R"(,"warmup_ms":)" << config.warmup_ms << "}}\n";
  const auto parent = std::filesystem::path(config.results_file).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  std::ofstream out(config.results_file, std::ios::app);
  if (!out) fail(runner, "cannot append to " + config.results_file);
  out << json.str();
}

}  // namespace bench
