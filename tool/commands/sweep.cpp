#include "sweep.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace tt_astgen::cli::sweep {

static std::optional<unsigned> positiveNumber(const std::string& text) {
  if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return unsigned(std::stoul(text));
}

std::optional<Shard> parseShard(const std::string& text, std::string& error) {
  const size_t slash = text.find('/');
  std::optional<unsigned> k = slash == std::string::npos ? std::nullopt : positiveNumber(text.substr(0, slash));
  std::optional<unsigned> n = slash == std::string::npos ? std::nullopt : positiveNumber(text.substr(slash + 1));
  if (!k || !n) {
    error = "--shard '" + text + "': expected K/N, two whole numbers with 1 <= K <= N (e.g. 2/8)";
    return std::nullopt;
  }
  if (*n == 0) {
    error = "--shard '" + text + "': the shard count N must be at least 1";
    return std::nullopt;
  }
  if (*k == 0 || *k > *n) {
    error = "--shard '" + text + "': shard K must be between 1 and " + std::to_string(*n) + " (shards are 1-based)";
    return std::nullopt;
  }
  return Shard{*k, *n};
}

std::string inputName(const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  std::string name = std::filesystem::path(p).filename().string();
  if (name.size() > 5 && name.ends_with(".json")) name.resize(name.size() - 5);
  return name;
}

uint64_t nameHash(const std::string& name) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : name) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

unsigned shardOf(const std::string& path, unsigned count) {
  return unsigned(nameHash(inputName(path)) % std::max(1u, count)) + 1;
}

std::vector<size_t> selectShard(const std::vector<std::string>& inputs, const std::optional<Shard>& shard) {
  std::vector<size_t> picked;
  for (size_t i = 0; i < inputs.size(); ++i)
    if (!shard || shardOf(inputs[i], shard->count) == shard->index) picked.push_back(i);
  return picked;
}

std::string statusOf(int exitCode) {
  return exitCode == kOk ? "ok" : exitCode == kFindings ? "findings" : "error";
}

static nlohmann::ordered_json shardJson(const std::optional<Shard>& shard) {
  if (!shard) return nullptr;
  return {{"index", shard->index}, {"count", shard->count}};
}

static nlohmann::ordered_json totalsJson(const nlohmann::ordered_json& inputs) {
  size_t ok = 0, findings = 0, failed = 0, errors = 0, warnings = 0;
  double seconds = 0;
  for (const auto& i : inputs) {
    const std::string status = i.value("status", "");
    ok += status == "ok";
    findings += status == "findings";
    failed += status == "error";
    errors += i.value("errors", size_t(0));
    warnings += i.value("warnings", size_t(0));
    seconds += i.value("seconds", 0.0);
  }
  return {{"inputs", inputs.size()}, {"ok", ok},           {"findings", findings}, {"error", failed},
          {"errors", errors},        {"warnings", warnings}, {"seconds", seconds}};
}

static double rounded(double seconds) { return double(std::llround(seconds * 1000)) / 1000; }

std::string summaryJson(const Summary& summary) {
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  for (const InputOutcome& o : summary.inputs) {
    nlohmann::ordered_json i = {{"input", o.input},   {"name", inputName(o.input)},
                                {"status", o.status}, {"exit_code", o.exitCode},
                                {"errors", o.errors}, {"warnings", o.warnings},
                                {"seconds", rounded(o.seconds)}};
    if (!o.output.empty()) i["output"] = o.output;
    if (!o.message.empty()) i["message"] = o.message;
    inputs.push_back(std::move(i));
  }
  nlohmann::ordered_json j = {{"tt_astgen_summary", 1},
                              {"command", summary.command},
                              {"shard", shardJson(summary.shard)},
                              {"inputs_given", summary.inputsGiven},
                              {"inputs", inputs},
                              {"totals", totalsJson(inputs)},
                              {"exit_code", summary.exitCode},
                              {"wall_seconds", rounded(summary.wallSeconds)},
                              {"cpu_seconds", rounded(summary.cpuSeconds)}};
  return j.dump(2) + "\n";
}

std::string writeFileAtomically(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path);
  if (fs::is_directory(target, ec)) return "cannot write the summary '" + path + "': it is a folder";
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      fs::remove(temp, ec);
      return "cannot write the summary '" + path + "'";
    }
  }
  if (std::rename(temp.c_str(), target.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    fs::remove(temp, ec);
    return "cannot write the summary '" + path + "': " + why;
  }
  return {};
}

std::string readSweepOptions(const ParsedArgs& parsed, SweepOptions& options) {
  if (const std::string* s = parsed.option("--shard")) {
    std::string error;
    options.shard = parseShard(*s, error);
    if (!options.shard) return error;
  }
  if (const std::string* s = parsed.option("--summary")) {
    if (s->empty()) return "--summary needs a file name";
    options.summaryPath = *s;
  }
  return {};
}

double processCpuSeconds() {
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

double wallClockSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int finishSummary(const SweepOptions& options, Summary& summary) {
  for (const InputOutcome& o : summary.inputs) summary.exitCode = std::max(summary.exitCode, o.exitCode);
  if (options.summaryPath.empty()) return summary.exitCode;
  summary.shard = options.shard;
  summary.cpuSeconds = processCpuSeconds();
  std::string error = writeFileAtomically(options.summaryPath, summaryJson(summary));
  if (!error.empty()) return inputError(error);
  return summary.exitCode;
}

std::string mergeSummaries(const std::vector<std::pair<std::string, std::string>>& namedTexts, std::string& error) {
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  nlohmann::ordered_json shards = nlohmann::ordered_json::array();
  std::string command;
  std::set<unsigned> seen;
  std::set<unsigned> counts;
  bool duplicate = false, unsharded = false;
  int exitCode = kOk;
  double wall = 0, cpu = 0;
  for (const auto& [name, text] : namedTexts) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("tt_astgen_summary") || !j["inputs"].is_array()) {
      error = "'" + name + "' is not a tt-astgen summary (written by --summary)";
      return {};
    }
    const std::string c = j.value("command", "");
    if (!command.empty() && c != command) {
      error = "'" + name + "' summarizes '" + c + "', the others '" + command + "'";
      return {};
    }
    command = c;
    nlohmann::ordered_json entry = {{"file", name}, {"shard", j["shard"]}};
    if (j["shard"].is_object()) {
      const unsigned k = j["shard"].value("index", 0u), n = j["shard"].value("count", 0u);
      duplicate = duplicate || !seen.insert(k).second;
      counts.insert(n);
    } else {
      unsharded = true;
    }
    entry["inputs"] = j["inputs"].size();
    entry["exit_code"] = j.value("exit_code", 0);
    entry["wall_seconds"] = j.value("wall_seconds", 0.0);
    entry["cpu_seconds"] = j.value("cpu_seconds", 0.0);
    shards.push_back(std::move(entry));
    for (const auto& i : j["inputs"]) inputs.push_back(nlohmann::ordered_json::parse(i.dump()));
    exitCode = std::max(exitCode, j.value("exit_code", 0));
    wall = std::max(wall, j.value("wall_seconds", 0.0));
    cpu += j.value("cpu_seconds", 0.0);
  }
  nlohmann::ordered_json missing = nlohmann::ordered_json::array();
  bool complete = !unsharded && !duplicate && counts.size() == 1;
  if (counts.size() == 1)
    for (unsigned k = 1; k <= *counts.begin(); ++k)
      if (!seen.count(k)) {
        missing.push_back(k);
        complete = false;
      }
  nlohmann::ordered_json merged = {{"tt_astgen_summary", 1},
                                   {"command", command},
                                   {"merged", shards},
                                   {"complete", complete},
                                   {"missing_shards", missing},
                                   {"inputs", inputs},
                                   {"totals", totalsJson(inputs)},
                                   {"exit_code", exitCode},
                                   {"wall_seconds", rounded(wall)},
                                   {"cpu_seconds", rounded(cpu)}};
  if (counts.size() > 1) merged["note"] = "the summaries come from different shard counts";
  else if (duplicate) merged["note"] = "a shard appears more than once";
  return merged.dump(2) + "\n";
}

}  // namespace tt_astgen::cli::sweep
