// What the host program's sections share: the builder, the plan and the names declared so far.
#pragma once

#include <string>

#include "ast/builder.h"
#include "emit/kernel_common.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

inline constexpr const char* kMetal = "tt::tt_metal::";

struct HostContext {
  const Plan& plan;
  Builder& b;
  KernelNames names;
  clang::QualType u32;
  clang::QualType element;  // host element type of the buffers
  clang::QualType vector;   // std::vector<element>

  clang::Expr* name(const std::string& n) { return b.ref(names.at(n)); }
  clang::Stmt* declare(const std::string& n, clang::VarDecl* v) {
    names.add(n, v);
    return b.declStmt(v);
  }
  clang::Stmt* constant(const std::string& n, uint64_t value, clang::QualType type) {
    return declare(n, b.var(n, type, b.intLit(int64_t(value)), Builder::VarKind::Constexpr));
  }
  clang::Expr* toFloat(clang::Expr* e) { return b.staticCast(b.floatType(), e); }
  /// A buffer's page (one tile) in bytes: single_tile_size for the output's dtype, else its own
  /// "<buffer>_page_size" (mixed formats: each buffer keeps its own dtype; not "<buffer>_tile_size",
  /// which a buffer named "single" would turn into a second single_tile_size).
  bool ownPageSize(const BufferSpec& buf) const { return buf.dtype != plan.output().dtype; }
  clang::Expr* pageSize(const BufferSpec& buf) {
    return name(ownPageSize(buf) ? buf.name + "_page_size" : "single_tile_size");
  }
  clang::Expr* call(const std::string& fn, const std::vector<clang::Expr*>& args) { return b.call(fn, args); }
  clang::Stmt* callStmt(const std::string& fn, const std::vector<clang::Expr*>& args) { return b.exprStmt(b.call(fn, args)); }
};

/// The parts of the host program that differ between API profiles: the device, buffers, launch,
/// transfers and compile-time arguments of the data-movement kernels.
class HostApi {
 public:
  virtual ~HostApi() = default;
  /// The profile's <tt-metalium/...> headers (besides the common ones).
  virtual std::vector<std::string> includes() const = 0;
  /// Declares the device ("device" or "mesh_device") and the command queue "cq".
  virtual std::vector<clang::Stmt*> openDevice(HostContext& h) const = 0;
  /// Declares "<buffer>_buffer" for every buffer of the plan: DRAM, interleaved, one tile a page.
  virtual std::vector<clang::Stmt*> createBuffers(HostContext& h) const = 0;
  /// Declares `vector` (std::vector<uint32_t>) with the compile-time arguments that describe how
  /// a data-movement kernel reaches `buffers`.
  virtual std::vector<clang::Stmt*> accessorCompileArgs(HostContext& h, const std::string& vector,
                                                         const std::vector<const BufferSpec*>& buffers) const = 0;
  /// Writes host vector `data` into `buffer` (non-blocking).
  virtual clang::Stmt* upload(HostContext& h, const BufferSpec& buffer, const std::string& data) const = 0;
  /// Runs "program" on the device.
  virtual std::vector<clang::Stmt*> launch(HostContext& h) const = 0;
  /// Reads `buffer` into host vector `data` (blocking; the vector is resized).
  virtual clang::Stmt* readBack(HostContext& h, const BufferSpec& buffer, const std::string& data) const = 0;
  virtual std::vector<clang::Stmt*> closeDevice(HostContext& h) const = 0;
};

std::unique_ptr<HostApi> makeMeshHostApi();    // metal-2025, and metal-2026 (the same host API)
std::unique_ptr<HostApi> makeDeviceHostApi();  // metal-2024
inline std::unique_ptr<HostApi> makeHostApi(Profile p) {
  return p == Profile::Metal2024 ? makeDeviceHostApi() : makeMeshHostApi();
}

}  // namespace tt_astgen
