// Comparison tolerances: the max |device - golden| / max |golden| the generated host accepts.
// Version-1 plans keep their published per-dtype defaults; version-2 chains get a bound derived
// from the rounding and conditioning of each step (docs/numerics.md gives the derivation).
#include <algorithm>
#include <cmath>
#include <functional>

#include "tt_astgen/plan.h"

namespace tt_astgen {

double defaultTolerance(OpKind op, DType dtype) {
  // The version-1 defaults (docs/numerics.md, "Version-1 plans"): looser than the derived bound
  // of their one op, kept so that the published goldens and user plans stay as they were.
  switch (dtype) {
    case DType::BFloat16: return 0.05;
    case DType::Float16: return 0.01;
    case DType::Float32: return op == OpKind::Matmul ? 0.02 : 0.01;
    case DType::BFloat8_b: return op == OpKind::Matmul ? 0.15 : 0.1;
  }
  return 0.05;
}

/// The unary ops defined (or accurate) only for positive inputs: the host draws inputs from
/// [0.5, 1.5] for a chain with one of them (or a division), and the tolerance follows their domain.
namespace {
bool positiveDomain(UnaryOpKind op) {
  return op == UnaryOpKind::Sqrt || op == UnaryOpKind::Rsqrt || op == UnaryOpKind::Recip || op == UnaryOpKind::Log;
}
}  // namespace

bool needsPositiveInputs(const Plan& plan) {
  for (const ChainStep& s : plan.chain) {
    if (s.kind == StepKind::Binary && s.binary == BinaryOpKind::Div) return true;
    if (s.kind == StepKind::Unary && positiveDomain(s.unary)) return true;
  }
  return false;
}

InputRange hostInputRange(const Plan& plan) {
  return needsPositiveInputs(plan) ? InputRange{0.5, 1.5} : InputRange{-1.0, 1.0};
}

namespace {

/// Unit roundoff of storing a value in a CB or DRAM page of `dtype` (round to nearest). bfloat8_b
/// keeps 7 mantissa bits under an exponent shared by 16 values: 2^-7 relative to the block's
/// largest value, which is at most the largest golden magnitude the error is measured against.
double storeRounding(DType dtype) {
  switch (dtype) {
    case DType::BFloat16: return 0x1p-8;
    case DType::Float16: return 0x1p-11;
    case DType::Float32: return 0x1p-24;
    case DType::BFloat8_b: return 0x1p-7;
  }
  return 0x1p-8;
}

/// Unpacking a CB into the FPU's source registers (19 bits: 10 mantissa bits): exact for the
/// 16-bit and block formats, a rounding of 2^-11 for float32.
double sourceRounding(DType dtype) { return dtype == DType::Float32 ? 0x1p-11 : 0.0; }

/// Rounding of a result written to DST: bfloat16 precision unless fp32_dest_acc_en.
double destRounding(const Plan& plan) { return plan.compute.fp32DestAccEn ? 0x1p-24 : 0x1p-8; }

/// The relative accuracy of the SFPU's approximation of a function (polynomials and tables of
/// about bfloat16 accuracy; math_approx_mode trades four more bits for speed). Exact for the
/// sign and copy operations.
double approximation(UnaryOpKind op, const Plan& plan) {
  switch (op) {
    case UnaryOpKind::Copy:
    case UnaryOpKind::Relu:
    case UnaryOpKind::Abs:
    case UnaryOpKind::Neg:
    case UnaryOpKind::Square: return 0.0;
    default: return plan.compute.mathApproxMode ? 0x1p-4 : 0x1p-8;
  }
}

/// A value range and the error of the running result relative to its largest magnitude.
struct Interval {
  double lo = 0.0;
  double hi = 0.0;
  double scale() const { return std::max(std::fabs(lo), std::fabs(hi)); }
};

struct Function {
  std::function<double(double)> f;
  std::function<double(double)> derivative;
};

Function function(UnaryOpKind op) {
  constexpr double kInvSqrt2 = 0.70710678118654752440;
  constexpr double kInvSqrt2Pi = 0.39894228040143267794;
  auto sigmoid = [](double x) { return 1.0 / (1.0 + std::exp(-x)); };
  switch (op) {
    case UnaryOpKind::Copy: return {[](double x) { return x; }, [](double) { return 1.0; }};
    case UnaryOpKind::Relu: return {[](double x) { return x > 0 ? x : 0.0; }, [](double x) { return x > 0 ? 1.0 : 0.0; }};
    case UnaryOpKind::Exp: return {[](double x) { return std::exp(x); }, [](double x) { return std::exp(x); }};
    case UnaryOpKind::Sqrt: return {[](double x) { return std::sqrt(x); }, [](double x) { return 0.5 / std::sqrt(x); }};
    case UnaryOpKind::Rsqrt:
      return {[](double x) { return 1.0 / std::sqrt(x); }, [](double x) { return -0.5 / (x * std::sqrt(x)); }};
    case UnaryOpKind::Recip: return {[](double x) { return 1.0 / x; }, [](double x) { return -1.0 / (x * x); }};
    case UnaryOpKind::Log: return {[](double x) { return std::log(x); }, [](double x) { return 1.0 / x; }};
    case UnaryOpKind::Abs: return {[](double x) { return std::fabs(x); }, [](double) { return 1.0; }};
    case UnaryOpKind::Neg: return {[](double x) { return -x; }, [](double) { return -1.0; }};
    case UnaryOpKind::Square: return {[](double x) { return x * x; }, [](double x) { return 2.0 * x; }};
    case UnaryOpKind::Sigmoid:
      return {sigmoid, [sigmoid](double x) { return sigmoid(x) * (1.0 - sigmoid(x)); }};
    case UnaryOpKind::Tanh:
      return {[](double x) { return std::tanh(x); }, [](double x) { return 1.0 - std::tanh(x) * std::tanh(x); }};
    case UnaryOpKind::Gelu:
      return {[=](double x) { return 0.5 * x * (1.0 + std::erf(x * kInvSqrt2)); },
              [=](double x) { return 0.5 * (1.0 + std::erf(x * kInvSqrt2)) + x * kInvSqrt2Pi * std::exp(-0.5 * x * x); }};
  }
  return {[](double x) { return x; }, [](double) { return 1.0; }};
}

/// The running value and its error (relative to the value's largest magnitude) through a chain.
struct Running {
  Interval range;
  double error = 0.0;
  bool derivable = true;  // false once a value leaves a function's domain
};

/// f over the range, and the error after it: the incoming error amplified by the function's
/// condition over the range (largest |f'| times the input scale over the output scale), plus the
/// SFPU's approximation and the rounding of the result into DST.
void applyUnary(Running& r, UnaryOpKind op, const Plan& plan) {
  if (positiveDomain(op) && r.range.lo <= 0.0) {
    r.derivable = false;
    return;
  }
  const Function fn = function(op);
  constexpr int kSamples = 1024;
  double lo = INFINITY, hi = -INFINITY, slope = 0.0;
  for (int k = 0; k <= kSamples; ++k) {
    const double x = r.range.lo + (r.range.hi - r.range.lo) * k / kSamples;
    const double y = fn.f(x);
    lo = std::min(lo, y);
    hi = std::max(hi, y);
    slope = std::max(slope, std::fabs(fn.derivative(x)));
  }
  const double inScale = r.range.scale();
  r.range = {lo, hi};
  const double outScale = r.range.scale();
  const double condition = outScale > 0.0 ? inScale * slope / outScale : 1.0;
  r.error = condition * r.error + approximation(op, plan) + destRounding(plan);
}

Interval combine(BinaryOpKind op, const Interval& x, const Interval& y) {
  auto hull = [](std::initializer_list<double> v) { return Interval{std::min(v), std::max(v)}; };
  switch (op) {
    case BinaryOpKind::Add: return {x.lo + y.lo, x.hi + y.hi};
    case BinaryOpKind::Sub: return {x.lo - y.hi, x.hi - y.lo};
    case BinaryOpKind::Mul: return hull({x.lo * y.lo, x.lo * y.hi, x.hi * y.lo, x.hi * y.hi});
    case BinaryOpKind::Div: return hull({x.lo / y.lo, x.lo / y.hi, x.hi / y.lo, x.hi / y.hi});
  }
  return x;
}

/// x (error ex, relative to x's scale) op y read from CB dtype `yType`. Sums carry absolute
/// errors (rescaled to the result), products relative ones; div multiplies by the operand's
/// reciprocal, computed on the SFPU and packed through an intermediate CB of dtype `recipType`.
void applyBinary(Running& r, BinaryOpKind op, const Interval& y, DType yType, DType recipType, const Plan& plan) {
  if (op == BinaryOpKind::Div && y.lo <= 0.0) {
    r.derivable = false;
    return;
  }
  const Interval out = combine(op, r.range, y);
  const double ey = sourceRounding(yType);
  double error = 0.0;
  if (op == BinaryOpKind::Add || op == BinaryOpKind::Sub) {
    const double absolute = r.error * r.range.scale() + ey * y.scale();
    error = out.scale() > 0.0 ? absolute / out.scale() : r.error + ey;
  } else if (op == BinaryOpKind::Mul) {
    error = r.error + ey;
  } else {
    const double reciprocal = ey + approximation(UnaryOpKind::Recip, plan) + destRounding(plan) +
                              storeRounding(recipType) + sourceRounding(recipType);
    error = r.error + reciprocal;
  }
  r.range = out;
  r.error = error + destRounding(plan);
}

DType dtypeOf(const Plan& plan, const std::string& buffer) {
  const BufferSpec* b = plan.findBuffer(buffer);
  return b ? b->dtype : DType::BFloat16;
}

/// The dtype of the chain's intermediate CBs (the running result between steps).
DType intermediateType(const Plan& plan) { return plan.compute.fp32DestAccEn ? DType::Float32 : DType::BFloat16; }

Running firstStep(const ChainStep& s, const Plan& plan, const Interval& in) {
  Running r;
  const double u = destRounding(plan);
  auto src = [&](size_t k) { return k < s.inputs.size() ? sourceRounding(dtypeOf(plan, s.inputs[k])) : 0.0; };
  switch (s.kind) {
    case StepKind::Matmul: {
      // Kt tile products accumulate in DST, each addition rounded there: a probabilistic bound
      // sqrt(Kt) u (independent rounding errors), over the unpack roundings of both operands.
      const double k = double(plan.kt()) * kTileWidth;
      const double s2 = in.scale() * in.scale();
      r.range = in.lo >= 0.0 ? Interval{k * in.lo * in.lo, k * s2} : Interval{-k * s2, k * s2};
      r.error = src(0) + src(1) + std::sqrt(double(plan.kt())) * u;
      break;
    }
    case StepKind::Binary: {
      r.range = in;
      r.error = src(0);
      const DType y = s.inputs.size() > 1 ? dtypeOf(plan, s.inputs[1]) : DType::BFloat16;
      applyBinary(r, s.binary, in, y, intermediateType(plan), plan);
      break;
    }
    case StepKind::Unary:
      r.range = in;
      r.error = src(0);
      applyUnary(r, s.unary, plan);
      break;
    case StepKind::Reduce: {
      const BufferSpec* x = s.inputs.empty() ? nullptr : plan.findBuffer(s.inputs[0]);
      const uint64_t rowTiles = x ? x->tileRows() : 1, colTiles = x ? x->tileCols() : 1;
      const uint64_t tiles = s.reduceDim == ReduceDim::Row ? colTiles
                             : s.reduceDim == ReduceDim::Col ? rowTiles
                                                             : rowTiles * colTiles;
      if (s.reduceFn == ReduceFn::Max) {
        r.range = in;  // a maximum is one of the values: exact
        r.error = src(0);
      } else {
        // The sum of `tiles` tiles' rows (or columns), accumulated in DST one tile at a time.
        const double n = double(tiles) * kTileWidth;
        r.range = {std::min(n * in.lo, 0.0), std::max(n * in.hi, 0.0)};
        r.error = src(0) + std::sqrt(double(tiles)) * u + u;
      }
      break;
    }
    case StepKind::Transpose:
      r.range = in;
      r.error = src(0);
      break;
  }
  return r;
}

/// Round a tolerance up to a hundredth of a percent, so the host prints a short literal.
double roundUp(double t) { return std::ceil(t * 1e4 - 1e-9) / 1e4; }

}  // namespace

double chainError(const Plan& plan) {
  if (plan.chain.empty()) return 0.0;
  const InputRange range = hostInputRange(plan);
  const Interval in{range.lo, range.hi};
  Running r = firstStep(plan.chain.front(), plan, in);
  for (size_t k = 1; k < plan.chain.size() && r.derivable; ++k) {
    const ChainStep& s = plan.chain[k];
    if (s.kind == StepKind::Unary) {
      applyUnary(r, s.unary, plan);
    } else if (s.kind == StepKind::Binary) {
      // The running result goes through its intermediate CB before the binary op reads it.
      const DType mid = intermediateType(plan);
      r.error += storeRounding(mid) + sourceRounding(mid);
      const DType y = s.inputs.empty() ? DType::BFloat16 : dtypeOf(plan, s.inputs[0]);
      applyBinary(r, s.binary, in, y, mid, plan);
    }
  }
  if (!r.derivable) return INFINITY;
  return r.error + storeRounding(plan.output().dtype);
}

double defaultTolerance(const Plan& plan) {
  if (plan.version != "2") return defaultTolerance(plan.op, plan.output().dtype);
  // Twice the derived bound (the golden's own fp32 arithmetic in another order, and the sampling
  // of the function's condition), at least 0.1%, at most 1 (a plan whose values leave a
  // function's domain gets no meaningful bound: 1).
  const double error = chainError(plan);
  if (!std::isfinite(error)) return 1.0;
  return std::clamp(roundUp(2.0 * error), 0.001, 1.0);
}

}  // namespace tt_astgen
