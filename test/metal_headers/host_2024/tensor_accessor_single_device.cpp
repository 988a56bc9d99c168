// Mid-2025 single-device host: CreateDevice + CreateBuffer, compile args from TensorAccessorArgs.
#include <cstdint>
#include <vector>

#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>

using namespace tt::tt_metal;

int main() {
    IDevice* device = CreateDevice(0);
    InterleavedBufferConfig config{
        .device = device, .size = 4096, .page_size = 2048, .buffer_type = BufferType::DRAM};
    std::shared_ptr<Buffer> src = CreateBuffer(config);
    std::vector<uint32_t> reader_args;
    TensorAccessorArgs(*src).append_to(reader_args);
    Program program = CreateProgram();
    CreateKernel(program, "reader.cpp", CoreCoord{0, 0},
                 DataMovementConfig{.processor = DataMovementProcessor::RISCV_1, .noc = NOC::RISCV_1_default,
                                    .compile_args = reader_args});
    CloseDevice(device);
    return reader_args.size() == 1 ? 0 : 1;
}
