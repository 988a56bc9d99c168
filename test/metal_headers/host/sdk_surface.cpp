// Positive sample: the host surface hand-written 2025 programs use beyond what tt-astgen emits --
// fmt through the SDK headers (no fmt include of our own), TT_FATAL/TT_THROW/TT_ASSERT with fmt
// arguments, tt::constants, the bfloat16.hpp free functions, tilize_nfaces, split_work_to_cores
// results iterated both ways, common runtime args, get_backing_buffer, WriteShard/ReadShard, Finish.
#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/command_queue.hpp>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>
#include <tt-metalium/tilize_utils.hpp>
#include <tt-metalium/work_split.hpp>

using namespace tt;
using namespace tt::tt_metal;

int main() {
    auto mesh_device = distributed::MeshDevice::create_unit_mesh(0);
    distributed::MeshCommandQueue& cq = mesh_device->mesh_command_queue();
    Program program = CreateProgram();

    constexpr uint32_t tile_bytes = sizeof(bfloat16) * constants::TILE_HW;
    static_assert(constants::TILE_HEIGHT * constants::TILE_WIDTH == constants::TILE_HW);
    static_assert(constants::FACE_HW * 4 == constants::TILE_HW);

    auto [num_cores, all_cores, group_1, group_2, per_core_1, per_core_2] =
        split_work_to_cores(mesh_device->compute_with_storage_grid_size(), 100);
    uint32_t visited = 0;
    for (const auto& range : group_1.ranges()) {
        for (const auto& core : range) {
            TT_FATAL(all_cores.contains(core), "core {} is not in {}", core, all_cores);
            visited++;
        }
    }
    TT_ASSERT(visited == group_1.num_cores());
    fmt::print("{} cores, {} in group 1 ({} tiles each)\n", num_cores, visited, per_core_1);
    fmt::println("group 2: {} ({} tiles each)", group_2, per_core_2);
    fmt::print(stderr, "range {}\n", CoreRange({0, 0}, {1, 1}));

    distributed::DeviceLocalBufferConfig dram{.page_size = tile_bytes, .buffer_type = BufferType::DRAM};
    auto buffer = distributed::MeshBuffer::create(
        distributed::ReplicatedBufferConfig{.size = 2 * tile_bytes}, dram, mesh_device.get());
    Buffer* backing = buffer->get_backing_buffer();
    TT_FATAL(backing != nullptr && backing->buffer_type() == BufferType::DRAM, "no DRAM backing buffer");

    KernelHandle k = CreateKernel(program, "k.cpp", CoreCoord{0, 0}, DataMovementConfig{});
    SetCommonRuntimeArgs(program, k, {static_cast<uint32_t>(buffer->address())});
    std::vector<uint32_t> common = {1, 2};
    SetCommonRuntimeArgs(program, k, common);
    RuntimeArgsData& args = GetCommonRuntimeArgs(program, k);
    TT_FATAL(args.size() == 2, "expected 2 common args, got {}", args.size());

    std::vector<uint32_t> packed = create_random_vector_of_bfloat16(2 * tile_bytes, 1, 7);
    std::vector<uint32_t> constant = create_constant_vector_of_bfloat16(2 * tile_bytes, 0.5f);
    std::vector<bfloat16> native = create_random_vector_of_bfloat16_native(2 * tile_bytes, 1.0f, 3, -0.5f);
    uint32_t two = pack_two_bfloat16_into_uint32({bfloat16(1.0f), bfloat16(2.0f)});
    auto [lo, hi] = unpack_two_bfloat16_from_uint32(two);
    std::vector<bfloat16> unpacked = unpack_uint32_vec_into_bfloat16_vec(packed);
    std::vector<uint32_t> repacked = pack_bfloat16_vec_into_uint32_vec(unpacked);
    bool same = packed_uint32_t_vector_comparison(packed, repacked, [](float a, float b) { return is_close(a, b); });
    std::vector<bfloat16> tiled = tilize_nfaces(native, 64, 32);
    std::vector<bfloat16> untiled = untilize_nfaces(tiled, 64, 32);
    if (!same || untiled != native || static_cast<float>(lo) + static_cast<float>(hi) != 3.0f) {
        TT_THROW("round trips failed: {} {}", static_cast<float>(lo), static_cast<float>(hi));
    }

    distributed::WriteShard(cq, buffer, constant, distributed::MeshCoordinate(0, 0));
    std::vector<uint32_t> back;
    distributed::ReadShard(cq, back, buffer, distributed::MeshCoordinate(0, 0), true);
    distributed::Finish(cq);
    mesh_device->close();
    TT_THROW("Test Failed: {}", back.size());
}

// Headers the SDK examples include besides the API proper.
#include <tt-metalium/math.hpp>
#include <umd/device/types/xy_pair.hpp>
static_assert(tt::div_up(10u, 4u) == 3u && tt::round_up(10, 4) == 12 && tt::round_down(10, 4) == 8);
static_assert(sizeof(tt_xy_pair) == sizeof(CoreCoord));
