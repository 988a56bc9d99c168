// Options shared by `check` and `run` for programs not made from a plan: where kernels are looked
// up and the user's -I / -D, written as a compiler takes them (`-I DIR` or `-IDIR`, `-D NAME=V`
// or `-DNAME=V`, `--kernel-root DIR` or `--kernel-root=DIR`; parseArgs splits the joined forms).
#pragma once

#include <string>
#include <vector>

#include "../cli.h"

namespace tt_astgen::cli {

/// Every value of a repeatable option, in order.
inline std::vector<std::string> allValues(const ParsedArgs& parsed, const std::string& name) {
  std::vector<std::string> values;
  for (const auto& [option, value] : parsed.options)
    if (option == name) values.push_back(value);
  return values;
}

}  // namespace tt_astgen::cli
