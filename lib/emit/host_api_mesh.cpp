// The metal-2025 host API: MeshDevice, MeshBuffer, MeshWorkload, Enqueue*MeshBuffer, TensorAccessorArgs.
#include "emit/host_context.h"

namespace tt_astgen {
namespace {

constexpr const char* kDist = "tt::tt_metal::distributed::";

std::string dist(const std::string& name) { return std::string(kDist) + name; }

class MeshHostApi : public HostApi {
 public:
  std::vector<std::string> includes() const override {
    return {"<tt-metalium/distributed.hpp>", "<tt-metalium/host_api.hpp>", "<tt-metalium/tensor_accessor_args.hpp>"};
  }

  std::vector<clang::Stmt*> openDevice(HostContext& h) const override {
    Builder& b = h.b;
    clang::Expr* create = h.call(dist("MeshDevice::create_unit_mesh"), {b.intLit(0)});
    clang::Stmt* device = h.declare("mesh_device", b.var("mesh_device", b.autoType(), create));
    clang::Expr* queue = b.memberCall(h.name("mesh_device"), "mesh_command_queue", {}, /*arrow=*/true);
    return {device, h.declare("cq", b.var("cq", b.lvalueRef(b.autoType()), queue))};
  }

  std::vector<clang::Stmt*> createBuffers(HostContext& h) const override {
    Builder& b = h.b;
    std::vector<clang::Stmt*> out;
    clang::Expr* local = b.designatedInit(
        b.type(dist("DeviceLocalBufferConfig")),
        {{"page_size", h.name("single_tile_size")}, {"buffer_type", b.ref(std::string(kMetal) + "BufferType::DRAM")}});
    out.push_back(h.declare("dram_page_layout", b.var("dram_page_layout", b.autoType(), local)));
    for (const BufferSpec& buf : h.plan.buffers) {
      std::string cfg = buf.name + "_buffer_config";
      clang::Expr* replicated = b.designatedInit(b.type(dist("ReplicatedBufferConfig")), {{"size", h.name(buf.name + "_bytes")}});
      out.push_back(h.declare(cfg, b.var(cfg, b.autoType(), replicated)));
      std::string name = buf.name + "_buffer";
      std::string layout = "dram_page_layout";
      if (h.ownPageSize(buf)) {
        // A buffer of another dtype than the output has pages of its own size.
        layout = buf.name + "_page_layout";
        clang::Expr* own = b.designatedInit(
            b.type(dist("DeviceLocalBufferConfig")),
            {{"page_size", h.pageSize(buf)}, {"buffer_type", b.ref(std::string(kMetal) + "BufferType::DRAM")}});
        out.push_back(h.declare(layout, b.var(layout, b.autoType(), own)));
      }
      clang::Expr* create = h.call(dist("MeshBuffer::create"), {h.name(cfg), h.name(layout),
                                                                b.memberCall(h.name("mesh_device"), "get", {})});
      out.push_back(h.declare(name, b.var(name, b.autoType(), create)));
    }
    return out;
  }

  std::vector<clang::Stmt*> accessorCompileArgs(HostContext& h, const std::string& vector,
                                                const std::vector<const BufferSpec*>& buffers) const override {
    Builder& b = h.b;
    std::vector<clang::Stmt*> out;
    out.push_back(h.declare(vector, b.varDirect(vector, b.templateType("std::vector", {h.u32}), {})));
    for (const BufferSpec* buf : buffers) {
      clang::Expr* args = b.construct(b.type(std::string(kMetal) + "TensorAccessorArgs"),
                                      {b.unary(clang::UO_Deref, h.name(buf->name + "_buffer"))});
      out.push_back(b.exprStmt(b.memberCall(args, "append_to", {h.name(vector)})));
    }
    return out;
  }

  clang::Stmt* upload(HostContext& h, const BufferSpec& buffer, const std::string& data) const override {
    return h.callStmt(dist("EnqueueWriteMeshBuffer"),
                      {h.name("cq"), h.name(buffer.name + "_buffer"), h.name(data), h.b.boolLit(false)});
  }

  std::vector<clang::Stmt*> launch(HostContext& h) const override {
    Builder& b = h.b;
    std::vector<clang::Stmt*> out;
    out.push_back(h.declare("workload", b.varDirect("workload", b.type(dist("MeshWorkload")), {})));
    clang::Expr* range = b.construct(b.type(dist("MeshCoordinateRange")),
                                     {b.memberCall(h.name("mesh_device"), "shape", {}, true)});
    out.push_back(b.exprStmt(b.memberCall(h.name("workload"), "add_program", {range, b.move(h.name("program"))})));
    out.push_back(h.callStmt(dist("EnqueueMeshWorkload"), {h.name("cq"), h.name("workload"), b.boolLit(false)}));
    return out;
  }

  clang::Stmt* readBack(HostContext& h, const BufferSpec& buffer, const std::string& data) const override {
    return h.callStmt(dist("EnqueueReadMeshBuffer"),
                      {h.name("cq"), h.name(data), h.name(buffer.name + "_buffer"), h.b.boolLit(true)});
  }

  std::vector<clang::Stmt*> closeDevice(HostContext& h) const override {
    return {h.b.exprStmt(h.b.memberCall(h.name("mesh_device"), "close", {}, true))};
  }
};

}  // namespace

std::unique_ptr<HostApi> makeMeshHostApi() { return std::make_unique<MeshHostApi>(); }

}  // namespace tt_astgen
