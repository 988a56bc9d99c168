// tt-astgen headers -o DIR [--profile metal-2025|metal-2024|metal-2026]
//
// Exports the embedded mock TT-Metalium headers of one profile with the include layout the
// checker and the dry-run use:
//   DIR/host/common     host headers shared by every profile   (-I for host code)
//   DIR/host/<profile>  the profile's host API                  (-I for host code)
//   DIR/kernel/<tree>   the profile's kernel API: classic (dataflow_api.h, compute_kernel_api/)
//                       or metal-2026 (api/...)                 (-I for kernels)
//   DIR/kernel/common   what both kernel generations share      (-I for kernels)
// so that clangd, clang-tidy or a compiler can see exactly what `tt-astgen check` sees. DIR is
// replaced atomically, like `generate` does: written into a temporary sibling first, then renamed;
// on any error DIR is left as it was.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <fmt/core.h>

#include "../cli.h"
#include "report.h"
#include "tt_astgen/mock_headers.h"
#include "tt_astgen/plan.h"

namespace tt_astgen::cli {
namespace {

namespace fs = std::filesystem;

struct ExportFile {
  std::string path;  // relative, '/'-separated, e.g. "host/common/tt-metalium/core_coord.hpp"
  std::string_view content;
};

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

/// The embedded files under `tree` ("kernel/metal-2026"), paths as embedded.
std::vector<ExportFile> treeFiles(std::string_view tree) {
  std::vector<ExportFile> out;
  const std::string prefix = std::string(tree) + "/";
  for (const MockFile& f : mockFiles())
    if (startsWith(f.path, prefix)) out.push_back({std::string(f.path), f.content});
  return out;
}

/// The profiles whose host and kernel header trees are both embedded, sorted.
std::vector<std::string> availableProfiles() {
  std::vector<std::string> out;
  for (Profile p : {Profile::Metal2024, Profile::Metal2025, Profile::Metal2026})
    if (!treeFiles(hostHeaderTree(p)).empty() && !treeFiles(kernelHeaderTree(p)).empty()) out.push_back(toString(p));
  std::sort(out.begin(), out.end());
  return out;
}

/// A relative path that stays inside its root: no absolute path, no "..", no empty component.
bool isContainedPath(const std::string& p) {
  if (p.empty() || p.front() == '/') return false;
  for (const fs::path& part : fs::path(p))
    if (part == ".." || part == "." || part.empty()) return false;
  return true;
}

/// Writes `files` (relative paths with subfolders) into `dir` atomically. Returns an error message.
std::string writeTreeAtomically(const std::vector<ExportFile>& files, const std::string& dir) {
  std::error_code ec;
  fs::path target = fs::absolute(fs::path(dir), ec).lexically_normal();
  if (ec) return "cannot resolve '" + dir + "': " + ec.message();
  if (target.filename().empty()) target = target.parent_path();
  const fs::path parent = target.parent_path();
  fs::create_directories(parent, ec);
  if (ec) return "cannot create '" + parent.string() + "': " + ec.message();
  if (fs::exists(target) && !fs::is_directory(target)) return "'" + dir + "' exists and is not a directory";

  std::random_device rd;
  const std::string suffix = std::to_string(rd()) + std::to_string(rd());
  const fs::path staging = parent / ("." + target.filename().string() + ".tmp-" + suffix);
  const fs::path previous = parent / ("." + target.filename().string() + ".old-" + suffix);
  fs::create_directory(staging, ec);
  if (ec) return "cannot create '" + staging.string() + "': " + ec.message();
  auto fail = [&](const std::string& message) {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return message;
  };
  for (const ExportFile& f : files) {
    if (!isContainedPath(f.path)) return fail("refusing to write '" + f.path + "' outside the output folder");
    const fs::path path = staging / f.path;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return fail("cannot create '" + path.parent_path().string() + "': " + ec.message());
    std::ofstream out(path, std::ios::binary);
    out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
    out.close();
    if (!out) return fail("cannot write '" + path.string() + "'");
  }
  const bool hadTarget = fs::exists(target);
  if (hadTarget) {
    fs::rename(target, previous, ec);
    if (ec) return fail("cannot replace '" + dir + "': " + ec.message());
  }
  fs::rename(staging, target, ec);
  if (ec) {
    std::error_code ignored;
    if (hadTarget) fs::rename(previous, target, ignored);
    return fail("cannot move the headers into '" + dir + "': " + ec.message());
  }
  if (hadTarget) fs::remove_all(previous, ec);
  return {};
}

int runHeaders(const std::vector<std::string>& args) {
  ParsedArgs parsed = parseArgs(args, {"-o", "--output", "--profile"}, {});
  if (!parsed.error.empty()) return usageError(parsed.error);
  if (!parsed.positionals.empty()) return usageError("headers takes no positional argument ('" + parsed.positionals[0] + "')");
  const std::string* out = parsed.option("-o") ? parsed.option("-o") : parsed.option("--output");
  if (!out) return usageError("headers needs -o DIR");
  if (out->empty()) return usageError("-o needs a non-empty folder name");

  const std::string profileName = parsed.option("--profile") ? *parsed.option("--profile") : toString(kDefaultProfile);
  const std::vector<std::string> available = availableProfiles();
  std::string list;
  for (const std::string& p : available) list += (list.empty() ? "" : ", ") + p;
  if (!parseProfile(profileName)) {
    report::error("tt-astgen", "unknown profile '" + profileName + "'");
    report::note("tt-astgen", "profiles with mock headers: " + list);
    return kBadInput;
  }
  if (std::find(available.begin(), available.end(), profileName) == available.end()) {
    report::error("tt-astgen", "no mock headers for profile '" + profileName + "' in this build");
    report::note("tt-astgen", "profiles with mock headers: " + list);
    return kBadInput;
  }

  // The profile's four trees, laid out as in the checker's virtual file system, so that
  // compile_commands.json (generate --headers) and these -I lines name the same folders.
  const Profile profile = *parseProfile(profileName);
  std::vector<ExportFile> files;
  for (const std::string& tree : {std::string(kHostCommonTree), hostHeaderTree(profile), std::string(kKernelCommonTree),
                                  kernelHeaderTree(profile)}) {
    std::vector<ExportFile> part = treeFiles(tree);
    files.insert(files.end(), part.begin(), part.end());
  }
  std::sort(files.begin(), files.end(), [](const ExportFile& a, const ExportFile& b) { return a.path < b.path; });

  const std::string error = writeTreeAtomically(files, *out);
  if (!error.empty()) {
    report::error("tt-astgen", error);
    return kBadInput;
  }
  fmt::print("wrote {} header(s) of profile {} to {}\n", files.size(), profileName, *out);
  fmt::print("host code:  -I{0}/{1} -I{0}/{2} (C++20)\n", *out, kHostCommonTree, hostHeaderTree(profile));
  fmt::print("kernels:    -I{0}/{1} -I{0}/{2} (C++17, see 'tt-astgen check' for the JIT defines)\n", *out,
             kernelHeaderTree(profile), kKernelCommonTree);
  return kOk;
}

Registrar registrar({"headers", "headers -o DIR [--profile metal-2025|metal-2024|metal-2026]",
                     "export the mock TT-Metalium headers of a profile as DIR/host/common, DIR/host/<profile>\n"
                     "      and DIR/kernel/{<tree>,common} (for clangd, clang-tidy, IDEs); DIR is replaced atomically",
                     40, runHeaders});

}  // namespace
}  // namespace tt_astgen::cli
