// tt-astgen dry-run runtime: the compute engine -- DST registers, unpack (CB tile -> row-major
// floats), the math of the compute hooks and pack (DST -> CB tile).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>

#include <tt_astgen/dryrun_hooks.h>

#include "exec_internal.h"
#include "tile_codec.h"

namespace tt::tt_metal::dryrun {

// The address of tile `tile` counted from the CB's read pointer (unpack) -- checks it was waited for.
const std::uint8_t* front_tile(std::uint32_t cb, std::uint32_t tile, std::uint8_t& format, const char* what) {
  auto& t = ctx();
  auto& c = cb_of(static_cast<std::int32_t>(cb));
  if (tile >= c.fill())
    kfatal(std::string(what) + ": tile " + std::to_string(tile) + " of CB " + std::to_string(cb) + " is not available (" +
           std::to_string(c.fill()) + " pages at the front; missing cb_wait_front?)");
  if (tile_bytes(c.format) == 0 || tile_bytes(c.format) > c.page_size)
    kfatal(std::string(what) + ": CB " + std::to_string(cb) + " page size " + std::to_string(c.page_size) +
           " does not hold a tile of its data format");
  format = c.format;
  return t.core->l1 + c.base + ((c.rd_page + tile) % c.num_pages) * c.page_size;
}
void unpack(std::uint32_t cb, std::uint32_t tile, float* rm, const char* what) {
  std::uint8_t format;
  const std::uint8_t* p = front_tile(cb, tile, format, what);
  if (!decode_tile(p, format, rm)) kfatal("unpack: data format " + std::to_string(format) + " is not supported by the dry-run");
}
float* dst_tile(std::uint32_t idst) {
  if (idst >= 16) kfatal("DST register index " + std::to_string(idst) + " out of range (16)");
  return ctx().dst.data() + idst * 1024;
}
void finish_dst(float* d) {
  if (!ctx().fp32_dest) round_tile_bf16(d);
}

// The tile arithmetic is written for the vectorizer: contiguous inner loops over a row, no aliasing
// (__restrict), and an AVX2 clone next to the baseline one (picked at load time). AVX2 has no FMA,
// so every product is rounded before it is added, as in the scalar code: the results are
// bit-identical to the straightforward loops (per output element, the same operations in the
// same order).
TT_ASTGEN_VECTOR_CLONES
void matmul_acc(const float* __restrict a, const float* __restrict b, float* __restrict d, bool transpose) {
  float bt[1024];
  if (transpose) {  // b[c][k] -> bt[k][c]
    for (int k = 0; k < 32; ++k)
      for (int c = 0; c < 32; ++c) bt[k * 32 + c] = b[c * 32 + k];
    b = bt;
  }
  // i-k-j, four rows at a time: acc[i][c] = sum over k (in order) of a[r+i][k] * b[k][c], from 0,
  // then added to d -- the order of the scalar dot product a[r] . b[:, c] for every element.
  for (int r = 0; r < 32; r += 4) {
    float acc[4][32] = {};
    for (int k = 0; k < 32; ++k) {
      const float* __restrict bk = b + k * 32;
      for (int i = 0; i < 4; ++i) {
        const float av = a[(r + i) * 32 + k];
        for (int c = 0; c < 32; ++c) acc[i][c] += av * bk[c];
      }
    }
    for (int i = 0; i < 4; ++i)
      for (int c = 0; c < 32; ++c) d[(r + i) * 32 + c] += acc[i][c];
  }
}

namespace {
TT_ASTGEN_VECTOR_CLONES
void binary_tile(tt_astgen_dryrun::ComputeOp op, const float* __restrict a, const float* __restrict b, float* __restrict d) {
  switch (op) {
    case tt_astgen_dryrun::ComputeOp::Add: for (int i = 0; i < 1024; ++i) d[i] = a[i] + b[i]; break;
    case tt_astgen_dryrun::ComputeOp::Sub: for (int i = 0; i < 1024; ++i) d[i] = a[i] - b[i]; break;
    case tt_astgen_dryrun::ComputeOp::Mul: for (int i = 0; i < 1024; ++i) d[i] = a[i] * b[i]; break;
    default: kfatal("unsupported binary op");
  }
}
}  // namespace

}  // namespace tt::tt_metal::dryrun

// ---- kernel hooks: compute -------------------------------------------------------------------------
namespace tt_astgen_dryrun {
using namespace tt::tt_metal::dryrun;

// ---- compute ---------------------------------------------------------------------------------------
void compute_hw_init(std::uint32_t, std::uint32_t, std::uint32_t) {}
void compute_op_init(ComputeOp, std::uint32_t, std::uint32_t, std::uint32_t) {}

void compute_matmul_tiles(std::uint32_t in0, std::uint32_t in1, std::uint32_t t0, std::uint32_t t1, std::uint32_t idst,
                          std::uint32_t transpose) {
  float a[1024], b[1024];
  unpack(in0, t0, a, "matmul_tiles");
  unpack(in1, t1, b, "matmul_tiles");
  float* d = dst_tile(idst);
  matmul_acc(a, b, d, transpose != 0);
  finish_dst(d);
}
void compute_matmul_block(std::uint32_t in0, std::uint32_t in1, std::uint32_t t0, std::uint32_t t1, std::uint32_t idst,
                          std::uint32_t transpose, std::uint32_t ct_dim, std::uint32_t rt_dim, std::uint32_t kt_dim) {
  float a[1024], b[1024];
  for (std::uint32_t r = 0; r < rt_dim; ++r) {
    unpack(in0, t0 + r * kt_dim, a, "matmul_block");
    for (std::uint32_t c = 0; c < ct_dim; ++c) {
      unpack(in1, t1 + c, b, "matmul_block");
      float* d = dst_tile(idst + r * ct_dim + c);
      matmul_acc(a, b, d, transpose != 0);
      finish_dst(d);
    }
  }
}
void compute_binary_tiles(ComputeOp op, std::uint32_t icb0, std::uint32_t icb1, std::uint32_t i0, std::uint32_t i1,
                          std::uint32_t idst) {
  float a[1024], b[1024];
  unpack(icb0, i0, a, "binary op");
  unpack(icb1, i1, b, "binary op");
  float* d = dst_tile(idst);
  binary_tile(op, a, b, d);
  finish_dst(d);
}
void compute_copy_tile(std::uint32_t icb, std::uint32_t itile, std::uint32_t idst) {
  float* d = dst_tile(idst);
  unpack(icb, itile, d, "copy_tile");
  finish_dst(d);
}
void compute_unary_tile(ComputeOp op, std::uint32_t idst, std::uint32_t param) {
  float* d = dst_tile(idst);
  for (int i = 0; i < 1024; ++i) {
    float& x = d[i];
    switch (op) {
      case ComputeOp::Relu: x = x > 0.f ? x : 0.f; break;
      case ComputeOp::Exp: x = std::exp(x * (param ? bf16_to_f(static_cast<std::uint16_t>(param)) : 1.f)); break;
      case ComputeOp::Sigmoid: x = 1.f / (1.f + std::exp(-x)); break;
      case ComputeOp::Sqrt: x = std::sqrt(x); break;
      case ComputeOp::Recip: x = 1.f / x; break;
      case ComputeOp::Log: x = std::log(x); break;
      case ComputeOp::Tanh: x = std::tanh(x); break;
      case ComputeOp::Abs: x = std::fabs(x); break;
      case ComputeOp::Negative: x = -x; break;
      case ComputeOp::Gelu: x = 0.5f * x * (1.f + std::erf(x / std::sqrt(2.f))); break;
      default: kfatal("unsupported unary op");
    }
  }
  finish_dst(d);
}
void compute_pack_tile(std::uint32_t idst, std::uint32_t ocb, std::uint32_t out_index, bool out_of_order) {
  auto& t = ctx();
  auto& c = cb_of(static_cast<std::int32_t>(ocb));
  const float* d = dst_tile(idst);
  std::uint8_t* p;
  std::uint8_t format;
  {
    const std::uint32_t pos = out_of_order ? out_index : c.pack_offset++;
    if (pos >= c.num_pages - c.fill())
      kfatal("pack_tile: position " + std::to_string(pos) + " of CB " + std::to_string(ocb) + " is not reserved (" +
             std::to_string(c.num_pages - c.fill()) + " pages free; missing cb_reserve_back?)");
    if (tile_bytes(c.format) == 0 || tile_bytes(c.format) > c.page_size)
      kfatal("pack_tile: CB " + std::to_string(ocb) + " page size does not hold a tile of its data format");
    p = t.core->l1 + c.base + ((c.wr_page + pos) % c.num_pages) * c.page_size;
    format = c.format;
  }
  if (!encode_tile(d, format, p)) kfatal("pack: data format " + std::to_string(format) + " is not supported by the dry-run");
}
void tile_regs_acquire() {}
void tile_regs_commit() {}
void tile_regs_wait() {}
void tile_regs_release() {
  auto& d = ctx().dst;
  std::fill(d.begin(), d.end(), 0.f);  // the packer clears the DST section it releases
}

}  // namespace tt_astgen_dryrun
