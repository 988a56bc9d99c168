// Options shared by `check` and `run` for programs not made from a plan: where kernels are looked
// up and the user's -I / -D, written as a compiler takes them (`-I DIR` or `-IDIR`, `-D NAME=V`
// or `-DNAME=V`, `--kernel-root DIR` or `--kernel-root=DIR`).
#pragma once

#include <string>
#include <vector>

#include "../cli.h"

namespace tt_astgen::cli {

/// Splits the joined forms (-IDIR, -DNAME, --kernel-root=DIR, -pDIR) into option + value, so that
/// parseArgs sees them as valued options.
inline std::vector<std::string> splitJoinedOptions(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& a : args) {
    bool split = false;
    for (const char* flag : {"-I", "-D", "-p"}) {
      const std::string f(flag);
      if (a.size() > f.size() && a.rfind(f, 0) == 0 && a[1] != '-') {
        out.push_back(f);
        out.push_back(a.substr(f.size()));
        split = true;
        break;
      }
    }
    if (!split && a.rfind("--kernel-root=", 0) == 0) {
      out.push_back("--kernel-root");
      out.push_back(a.substr(14));
      split = true;
    }
    if (!split) out.push_back(a);
  }
  return out;
}

/// Every value of a repeatable option, in order.
inline std::vector<std::string> allValues(const ParsedArgs& parsed, const std::string& name) {
  std::vector<std::string> values;
  for (const auto& [option, value] : parsed.options)
    if (option == name) values.push_back(value);
  return values;
}

}  // namespace tt_astgen::cli
