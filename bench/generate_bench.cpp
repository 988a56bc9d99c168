// generate_bench: the C++ side of bench/python_generate_bench.py. Generates every plan file given
// (parsePlan + generateProgram, in-process, one after the other, texts read up front) and prints
// the wall and CPU seconds as one JSON line: {"plans": N, "wall": s, "cpu": s, "bytes": b}.
// Usage: generate_bench PLAN.json...
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

using namespace tt_astgen;

static double cpuSeconds() {
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

static double wallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// Generates one plan text; returns the bytes produced, or -1 after printing why it failed.
static long generateText(const std::string& text, const std::string& name) {
  PlanLoadResult loaded = parsePlan(text);
  if (!loaded.plan) {
    for (const PlanError& e : loaded.errors) std::fprintf(stderr, "%s: %s\n", name.c_str(), e.detail().c_str());
    return -1;
  }
  GenerateResult generated = generateProgram(*loaded.plan);
  if (!generated.ok()) {
    std::fprintf(stderr, "%s: generator: %s\n", name.c_str(), generated.error.c_str());
    return -1;
  }
  long bytes = 0;
  for (const GeneratedFile& f : generated.files) bytes += long(f.content.size());
  return bytes;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: generate_bench PLAN.json...\n");
    return 2;
  }
  std::vector<std::string> texts;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 2;
    }
    texts.push_back(ss.str());
  }
  // Untimed warm-up, as the Python side does: the first generation sets up what later ones reuse.
  if (generateText(texts[0], argv[1]) < 0) return 1;
  const double wall0 = wallSeconds(), cpu0 = cpuSeconds();
  long bytes = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    const long b = generateText(texts[i], argv[i + 1]);
    if (b < 0) return 1;
    bytes += b;
  }
  std::printf("{\"plans\": %zu, \"wall\": %.3f, \"cpu\": %.3f, \"bytes\": %ld}\n", texts.size(), wallSeconds() - wall0,
              cpuSeconds() - cpu0, bytes);
  return 0;
}
