// The metal-2024 host API: IDevice from CreateDevice, CreateBuffer(InterleavedBufferConfig),
// EnqueueWriteBuffer / EnqueueProgram / EnqueueReadBuffer on the device's CommandQueue.
#include "emit/host_context.h"

namespace tt_astgen {
namespace {

std::string metal(const std::string& name) { return std::string(kMetal) + name; }

class DeviceHostApi : public HostApi {
 public:
  std::vector<std::string> includes() const override {
    return {"<tt-metalium/command_queue.hpp>", "<tt-metalium/device.hpp>", "<tt-metalium/host_api.hpp>"};
  }

  std::vector<clang::Stmt*> openDevice(HostContext& h) const override {
    Builder& b = h.b;
    clang::QualType device = b.type(metal("IDevice"));
    clang::Stmt* open = h.declare("device", b.var("device", h.b.session().ctx().getPointerType(device),
                                                  h.call(metal("CreateDevice"), {b.intLit(0)})));
    clang::Expr* queue = b.memberCall(h.name("device"), "command_queue", {}, /*arrow=*/true);
    return {open, h.declare("cq", b.var("cq", b.lvalueRef(b.autoType()), queue))};
  }

  std::vector<clang::Stmt*> createBuffers(HostContext& h) const override {
    Builder& b = h.b;
    std::vector<clang::Stmt*> out;
    for (const BufferSpec& buf : h.plan.buffers) {
      clang::Expr* config = b.designatedInit(b.type(metal("InterleavedBufferConfig")),
                                             {{"device", h.name("device")},
                                              {"size", h.name(buf.name + "_bytes")},
                                              {"page_size", h.pageSize(buf)},
                                              {"buffer_type", b.ref(metal("BufferType::DRAM"))}});
      std::string name = buf.name + "_buffer";
      out.push_back(h.declare(name, b.var(name, b.autoType(), h.call(metal("CreateBuffer"), {config}))));
    }
    return out;
  }

  std::vector<clang::Stmt*> accessorCompileArgs(HostContext& h, const std::string& vector,
                                                const std::vector<const BufferSpec*>& buffers) const override {
    // The kernels use InterleavedAddrGenFast<true> (DRAM): no compile-time arguments.
    Builder& b = h.b;
    return {h.declare(vector, b.varDirect(vector, b.templateType("std::vector", {h.u32}), {}))};
  }

  clang::Stmt* upload(HostContext& h, const BufferSpec& buffer, const std::string& data) const override {
    return h.callStmt(metal("EnqueueWriteBuffer"),
                      {h.name("cq"), h.name(buffer.name + "_buffer"), h.name(data), h.b.boolLit(false)});
  }

  std::vector<clang::Stmt*> launch(HostContext& h) const override {
    return {h.callStmt(metal("EnqueueProgram"), {h.name("cq"), h.name("program"), h.b.boolLit(false)})};
  }

  clang::Stmt* readBack(HostContext& h, const BufferSpec& buffer, const std::string& data) const override {
    return h.callStmt(metal("EnqueueReadBuffer"),
                      {h.name("cq"), h.name(buffer.name + "_buffer"), h.name(data), h.b.boolLit(true)});
  }

  std::vector<clang::Stmt*> closeDevice(HostContext& h) const override {
    return {h.callStmt(metal("CloseDevice"), {h.name("device")})};
  }
};

}  // namespace

std::unique_ptr<HostApi> makeDeviceHostApi() { return std::make_unique<DeviceHostApi>(); }

}  // namespace tt_astgen
