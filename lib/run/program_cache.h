// The run pipeline's caches of Clang work: the program generated from a plan, and the verdict
// "no check errors" of a set of files. Both keyed by content and by the tool's identity
// (tool_identity.h), so a rebuilt tool or changed mock headers never reuse an old entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tt_astgen/check.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen::runcache {

/// The key of `plan`'s program: its resolved JSON (toJson), the generate options and the tool.
std::string programKey(const Plan& plan, const GenerateOptions& options);

/// The files (names and contents; no compileArgs) stored under `key` in `root`; nullopt on a miss
/// or an unreadable entry.
std::optional<std::vector<GeneratedFile>> loadProgram(const std::string& root, const std::string& key);
void storeProgram(const std::string& root, const std::string& key, const std::vector<GeneratedFile>& files);

/// The key of checking `files` (names and contents) with `options` (profile and arch: the only
/// ones the run pipeline sets) by this tool.
std::string checkKey(const std::vector<SourceFile>& files, const CheckOptions& options);

/// Whether files of `key` were checked without errors before; recordCheckedClean remembers it.
bool checkedClean(const std::string& root, const std::string& key);
void recordCheckedClean(const std::string& root, const std::string& key);

}  // namespace tt_astgen::runcache
