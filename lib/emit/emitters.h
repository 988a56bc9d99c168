// One emitter per artifact of a program. Each names the #include block it needs (parsed by its
// AstSession before anything is built) and builds its functions through a Builder.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ast/builder.h"
#include "emit/emitted_file.h"
#include "tt_astgen/mock_headers.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

class FileEmitter {
 public:
  virtual ~FileEmitter() = default;
  virtual std::string fileName() const = 0;
  virtual CompileFlavor flavor(const Plan& plan) const = 0;
  virtual std::vector<std::string> includes(const Plan& plan) const = 0;
  /// Builds the file's banner and functions into `file` (whose includes are already set).
  virtual void build(const Plan& plan, Builder& b, EmittedFile& file) const = 0;
};

/// Sets the function's body to all its sections' statements, leaves it, and adds it to `file`.
void finishFunction(Builder& b, EmittedFunction fn, EmittedFile& file);

std::unique_ptr<FileEmitter> makeReaderEmitter();
std::unique_ptr<FileEmitter> makeComputeEmitter();
std::unique_ptr<FileEmitter> makeWriterEmitter();
/// Kernel texts a host embeds: (file name, formatted text), in the order the host creates them.
using EmbeddedKernels = std::vector<std::pair<std::string, std::string>>;
/// The host; with `embedded`, it carries those kernels as raw string literals and creates them
/// with CreateKernelFromString.
std::unique_ptr<FileEmitter> makeHostEmitter(EmbeddedKernels embedded = {});

}  // namespace tt_astgen
