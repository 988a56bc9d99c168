// planToSvg: the picture of a plan. Layout (top to bottom):
//   title: plan name, op, shapes, dtype, arch/profile
//   pipeline: DRAM inputs -> reader -> input CBs -> compute -> output CB -> writer -> DRAM output;
//     a version-2 plan's compute box lists its chain, and its compute-local CBs (intermediates,
//     a reduce's scaler) stand in a row under the compute box
//   core grid (x to the right, y down, like CoreCoord{x, y}): each used core filled by its load
//   (output tiles; darker = more), its tile range and count as text, a load bar; idle cores grey;
//   to its right a legend and the work-split facts.
// All geometry is integer; colors are computed with integer arithmetic: the output is
// byte-for-byte deterministic.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "svg_writer.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/plan_picture.h"

namespace tt_astgen {
namespace {

using picture::num;
using picture::SvgWriter;
using Attrs = SvgWriter::Attrs;

constexpr const char* kFont = "DejaVu Sans, Helvetica, Arial, sans-serif";
constexpr int kMargin = 24;
constexpr int kColW = 132;   // pipeline column width
constexpr int kColGap = 30;  // pipeline gap (arrows)
constexpr int kLaneH = 84;   // one input lane of the pipeline
constexpr int kBoxH = 70;
constexpr int kLocalCbW = 176;  // a compute-local CB ("CB c_24 · intermediate")

// Palette.
constexpr const char* kInk = "#1f2933";
constexpr const char* kMuted = "#52606d";
constexpr const char* kDramFill = "#fdf1dc";
constexpr const char* kDramStroke = "#b7791f";
constexpr const char* kKernelFill = "#e3f2e8";
constexpr const char* kKernelStroke = "#2f855a";
constexpr const char* kCbFill = "#e8eefc";
constexpr const char* kCbStroke = "#3c5ba9";
constexpr const char* kIdleFill = "#e4e7eb";
constexpr const char* kIdleStroke = "#bcc3cc";

size_t codePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// Rough text width for the sans-serif font (0.6 em per character; generous for digits).
int textWidth(const std::string& s, int fontSize) { return int(codePoints(s)) * fontSize * 6 / 10; }

std::string bytes(uint64_t b) {
  if (b >= 1024 * 1024 && b % (1024 * 1024) == 0) return num(int64_t(b / (1024 * 1024))) + " MiB";
  if (b >= 1024 && b % 1024 == 0) return num(int64_t(b / 1024)) + " KiB";
  if (b >= 1024) {  // one decimal, integer arithmetic
    const uint64_t tenths = (b * 10 + 512) / 1024;
    return num(int64_t(tenths / 10)) + "." + num(int64_t(tenths % 10)) + " KiB";
  }
  return num(int64_t(b)) + " B";
}

std::string shapeText(const BufferSpec& b) { return num(int64_t(b.rows())) + "×" + num(int64_t(b.cols())); }

std::string memoryText(MemoryKind m) { return m == MemoryKind::L1 ? "L1" : "DRAM"; }

/// A color between light (t = 0) and dark (t = 1000) blue; t in per-mille.
std::string loadColor(int64_t perMille) {
  const int lo[3] = {0xc6, 0xdb, 0xef};
  const int hi[3] = {0x08, 0x45, 0x94};
  static const char* digits = "0123456789abcdef";
  std::string out = "#";
  for (int i = 0; i < 3; ++i) {
    const int v = int(lo[i] + (hi[i] - lo[i]) * perMille / 1000);
    out += digits[(v >> 4) & 15];
    out += digits[v & 15];
  }
  return out;
}

bool isChainPlan(const Plan& p) { return p.version == "2"; }

/// The step names of a chain: "matmul → add → relu".
std::string chainOps(const Plan& p) {
  std::string s;
  for (const ChainStep& step : p.chain) s += (s.empty() ? "" : " → ") + std::string(stepOpName(step));
  return s;
}

const char* binarySymbol(BinaryOpKind op) {
  switch (op) {
    case BinaryOpKind::Add: return " + ";
    case BinaryOpKind::Sub: return " − ";
    case BinaryOpKind::Mul: return " × ";
    case BinaryOpKind::Div: return " ÷ ";
  }
  return " ? ";
}

/// The chain as a formula over its buffers: "relu((a [..] @ w [..]) + bias [32×256] (row bcast))".
std::string chainFormula(const Plan& p) {
  auto operand = [&](const std::string& name) {
    const BufferSpec* b = p.findBuffer(name);
    return b ? name + " [" + shapeText(*b) + "]" : name;
  };
  auto broadcast = [](const ChainStep& step) {
    return step.broadcast == Broadcast::None ? std::string() : std::string(" (") + toString(step.broadcast) + " bcast)";
  };
  std::string expr;
  for (size_t i = 0; i < p.chain.size(); ++i) {
    const ChainStep& step = p.chain[i];
    std::string in = i == 0 ? (step.inputs.empty() ? "?" : operand(step.inputs[0])) : expr;
    switch (step.kind) {
      case StepKind::Matmul: expr = in + " @ " + (step.inputs.size() > 1 ? operand(step.inputs[1]) : "?"); break;
      case StepKind::Binary: {
        const size_t k = i == 0 ? 1 : 0;
        const std::string rhs = step.inputs.size() > k ? operand(step.inputs[k]) : "?";
        expr = (i == 0 ? in : "(" + in + ")") + binarySymbol(step.binary) + rhs + broadcast(step);
        break;
      }
      case StepKind::Unary: expr = std::string(toString(step.unary)) + "(" + in + ")"; break;
      case StepKind::Reduce:
        expr = std::string("reduce_") + toString(step.reduceFn) + "_" + toString(step.reduceDim) + "(" + in + ")";
        break;
      case StepKind::Transpose: expr = "transpose(" + in + ")"; break;
    }
  }
  return expr;
}

/// The compute kernel's steps, one line each; a later binary step names the intermediate CB it
/// reads the running result from.
std::vector<std::string> chainLines(const Plan& p) {
  std::vector<const CbSpec*> intermediates;
  for (const CbSpec& cb : p.cbs)
    if (cb.role == CbRole::Intermediate) intermediates.push_back(&cb);
  std::vector<std::string> lines;
  size_t next = 0;
  for (size_t i = 0; i < p.chain.size(); ++i) {
    std::string line = (i ? "→ " : "") + stepText(p.chain[i], i);
    if (i > 0 && p.chain[i].kind == StepKind::Binary && next < intermediates.size())
      line += " · c_" + num(intermediates[next++]->id);
    lines.push_back(line);
  }
  return lines;
}

std::string opText(const Plan& p) {
  if (isChainPlan(p)) return chainOps(p);
  switch (p.op) {
    case OpKind::Matmul: return "matmul";
    case OpKind::EltwiseBinary: return std::string("eltwise ") + toString(p.binaryOp);
    case OpKind::EltwiseUnary: return std::string("eltwise ") + toString(p.unaryOp);
    case OpKind::Reduce:
    case OpKind::Transpose: return chainOps(p);  // only in version-2 plans
  }
  return "?";
}

std::string formulaText(const Plan& p) {
  const auto in = p.inputs();
  const BufferSpec& out = p.output();
  if (isChainPlan(p)) return out.name + " [" + shapeText(out) + "] = " + chainFormula(p);
  auto operand = [](const BufferSpec* b) { return b->name + " [" + shapeText(*b) + "]"; };
  std::string lhs;
  switch (p.op) {
    case OpKind::Matmul:
      if (in.size() == 2) lhs = operand(in[0]) + " @ " + operand(in[1]);
      break;
    case OpKind::EltwiseBinary: {
      const char* sym = p.binaryOp == BinaryOpKind::Add ? " + " : p.binaryOp == BinaryOpKind::Sub ? " − " : " × ";
      if (in.size() == 2) lhs = operand(in[0]) + sym + operand(in[1]);
      break;
    }
    case OpKind::EltwiseUnary:
      if (in.size() == 1) lhs = std::string(toString(p.unaryOp)) + "(" + operand(in[0]) + ")";
      break;
    case OpKind::Reduce:
    case OpKind::Transpose: break;  // only in version-2 plans (chainFormula)
  }
  if (lhs.empty())
    for (const BufferSpec* b : in) lhs += (lhs.empty() ? "" : ", ") + operand(b);
  return out.name + " [" + shapeText(out) + "] = " + lhs;
}

std::string computeCall(const Plan& p) {
  switch (p.op) {
    case OpKind::Matmul: return "matmul_tiles";
    case OpKind::EltwiseBinary: return std::string(toString(p.binaryOp)) + "_tiles";
    case OpKind::EltwiseUnary:
      return p.unaryOp == UnaryOpKind::Copy ? "copy_tile" : std::string(toString(p.unaryOp)) + "_tile";
    case OpKind::Reduce:
    case OpKind::Transpose: break;  // only in version-2 plans (chainLines)
  }
  return "?";
}

struct Painter {
  SvgWriter& svg;

  void label(int x, int y, const std::string& s, int size, const char* color = kInk, bool bold = false,
             const char* anchor = "start") {
    Attrs a = {{"font-size", num(size)}, {"fill", color}};
    if (bold) a.emplace_back("font-weight", "bold");
    if (std::string(anchor) != "start") a.emplace_back("text-anchor", anchor);
    svg.text(x, y, s, a);
  }

  void box(int x, int y, int w, int h, const char* fill, const char* stroke, const std::string& tooltip = {}) {
    svg.rect(x, y, w, h, {{"rx", "6"}, {"fill", fill}, {"stroke", stroke}, {"stroke-width", "1.5"}}, tooltip);
  }

  /// A box with a bold first line and detail lines, centered.
  void textBox(int x, int y, int w, int h, const char* fill, const char* stroke, const std::vector<std::string>& lines,
               const std::string& tooltip = {}) {
    box(x, y, w, h, fill, stroke, tooltip);
    const int lineH = 15;
    int ty = y + (h - int(lines.size()) * lineH) / 2 + 12;
    for (size_t i = 0; i < lines.size(); ++i, ty += lineH)
      label(x + w / 2, ty, lines[i], i == 0 ? 12 : 11, i == 0 ? kInk : kMuted, i == 0, "middle");
  }

  void arrow(int x1, int y1, int x2, int y2) {
    svg.line(x1, y1, x2, y2, {{"stroke", kMuted}, {"stroke-width", "1.5"}, {"marker-end", "url(#arrow)"}});
  }
};

/// The compute box's lines.
std::vector<std::string> computeLines(const Plan& plan) {
  std::vector<std::string> lines = {"compute", "compute.cpp"};
  if (isChainPlan(plan)) {
    for (std::string& l : chainLines(plan)) lines.push_back(std::move(l));
  } else {
    lines.push_back(computeCall(plan));
  }
  lines.push_back(toString(plan.compute.mathFidelity));
  if (plan.compute.fp32DestAccEn) lines.push_back("fp32 dest acc");
  lines.push_back(num(int64_t(plan.runtimeArgs.compute.size())) + " runtime args");
  return lines;
}

/// The CBs only the compute kernel uses (intermediates, a reduce's scaler).
std::vector<const CbSpec*> chainCbs(const Plan& plan) {
  std::vector<const CbSpec*> out;
  for (const CbSpec& cb : plan.cbs)
    if (cb.role == CbRole::Intermediate || cb.role == CbRole::Scaler) out.push_back(&cb);
  return out;
}

/// Kernel boxes hold up to 6 text lines: at least 112 px, else one lane per input; a longer
/// chain makes the compute box taller (15 px per line).
int pipelineHeight(const Plan& plan) {
  const int lanes = std::max<int>(1, int(plan.inputs().size()));
  const int lines = int(computeLines(plan).size());
  const int forLines = lines > 6 ? lines * 15 + 24 + (kLaneH - kBoxH) : 0;
  return std::max({lanes * kLaneH, 112, forLines});
}

/// The row of compute-local CBs under the pipeline (0 when there are none).
int chainCbRowHeight(const Plan& plan) { return chainCbs(plan).empty() ? 0 : kBoxH + 40; }

/// The pipeline section; returns its bottom y.
int drawPipeline(Painter& p, const Plan& plan, int top) {
  const auto inputs = plan.inputs();
  const int lanes = std::max<int>(1, int(inputs.size()));
  const int h = pipelineHeight(plan);
  auto colX = [](int col) { return kMargin + col * (kColW + kColGap); };
  auto laneY = [&](int lane) { return top + (h - lanes * kLaneH) / 2 + lane * kLaneH + (kLaneH - kBoxH) / 2; };
  const int midY = top + h / 2;

  p.label(kMargin, top - 14, "Pipeline on every core: reader (NoC reads) → compute → writer (NoC writes)", 14, kInk, true);

  // Column 0: DRAM inputs; column 2: their CBs.
  std::vector<const CbSpec*> inputCbs;
  for (int i = 0; i < int(inputs.size()); ++i) {
    const BufferSpec& b = *inputs[size_t(i)];
    p.textBox(colX(0), laneY(i), kColW, kBoxH, kDramFill, kDramStroke,
              {memoryText(b.memory) + " " + b.name, shapeText(b) + " " + toString(b.dtype),
               num(int64_t(b.tileRows())) + "×" + num(int64_t(b.tileCols())) + " tiles"});
    p.arrow(colX(0) + kColW, laneY(i) + kBoxH / 2, colX(1) - 2, laneY(i) + kBoxH / 2);
  }

  auto drawCb = [&](const CbSpec* cb, int x, int y, const std::string& buffer, int boxW = kColW) {
    const std::string what = !cb                                   ? std::string()
                             : cb->role == CbRole::Intermediate ? "the running result of the chain"
                             : cb->role == CbRole::Scaler       ? "the reduce scaler (1.0, filled by the reader)"
                                                                : cb->buffer;
    const std::string tooltip =
        cb ? "circular buffer c_" + num(cb->id) + " for " + what + ": " + num(cb->numPages) + " pages of " +
                 num(cb->pageSize) + " B (" + toString(cb->dtype) + ")"
           : "no circular buffer for " + buffer;
    p.box(x, y, boxW, kBoxH, kCbFill, kCbStroke, tooltip);
    if (!cb) {
      p.label(x + boxW / 2, y + kBoxH / 2 + 4, "no CB", 11, kMuted, false, "middle");
      return;
    }
    const std::string carries = cb->role == CbRole::Intermediate ? "intermediate"
                                : cb->role == CbRole::Scaler     ? "scaler"
                                                                 : cb->buffer;
    p.label(x + boxW / 2, y + 16, "CB c_" + num(cb->id) + " · " + carries, 12, kInk, true, "middle");
    p.label(x + boxW / 2, y + 31, num(cb->numPages) + " × " + num(cb->pageSize) + " B = " + bytes(cb->totalBytes()),
            11, kMuted, false, "middle");
    // Depth as page slots (at most 12 drawn).
    const int shown = int(std::min<uint32_t>(cb->numPages, 12));
    const int slotW = std::min(14, (boxW - 24) / std::max(1, shown));
    const int slotsW = shown * slotW;
    int sx = x + (boxW - slotsW) / 2;
    for (int s = 0; s < shown; ++s, sx += slotW)
      p.svg.rect(sx, y + 38, slotW - 2, 12, {{"fill", "#ffffff"}, {"stroke", kCbStroke}, {"stroke-width", "1"}});
    if (cb->numPages > 12) p.label(sx + 2, y + 48, "+" + num(cb->numPages - 12), 9, kMuted);
    p.label(x + boxW / 2, y + 63, std::string("depth ") + num(cb->numPages) + " · " + toString(cb->dtype), 10, kMuted,
            false, "middle");
  };

  for (int i = 0; i < int(inputs.size()); ++i) {
    const CbSpec* cb = nullptr;
    for (const CbSpec& c : plan.cbs)
      if (c.buffer == inputs[size_t(i)]->name) cb = &c;
    inputCbs.push_back(cb);
    drawCb(cb, colX(2), laneY(i), inputs[size_t(i)]->name);
    p.arrow(colX(1) + kColW, laneY(i) + kBoxH / 2, colX(2) - 2, laneY(i) + kBoxH / 2);
    p.arrow(colX(2) + kColW, laneY(i) + kBoxH / 2, colX(3) - 2, laneY(i) + kBoxH / 2);
  }

  // Kernels span every lane.
  const int kTop = top + (kLaneH - kBoxH) / 2;
  const int kH = h - (kLaneH - kBoxH);
  std::string reads;
  for (const BufferSpec* b : inputs) reads += (reads.empty() ? "" : ", ") + b->name;
  std::vector<std::string> readerLines = {"reader", "reader.cpp", "RISCV_1 (NCRISC)", "reads " + reads};
  if (plan.op == OpKind::Matmul) readerLines.push_back("Kt = " + num(int64_t(plan.kt())) + " per out tile");
  readerLines.push_back(num(int64_t(plan.runtimeArgs.reader.size())) + " runtime args");
  p.textBox(colX(1), kTop, kColW, kH, kKernelFill, kKernelStroke, readerLines);

  p.textBox(colX(3), kTop, kColW, kH, kKernelFill, kKernelStroke, computeLines(plan));

  // The compute kernel's own CBs, under it: it packs the running result into an intermediate and
  // unpacks it again for the next binary step; the reader fills a reduce's scaler.
  const auto localCbs = chainCbs(plan);
  if (!localCbs.empty()) {
    const int rowY = top + h + 30;
    p.label(colX(3), rowY - 8, "compute-local CBs", 11, kMuted);
    for (size_t i = 0; i < localCbs.size(); ++i) {
      const int x = colX(3) + int(i) * (kLocalCbW + kColGap / 2);
      drawCb(localCbs[i], x, rowY, "", kLocalCbW);
    }
    p.arrow(colX(3) + kColW / 2, kTop + kH, colX(3) + kColW / 2, rowY - 20);
  }

  const BufferSpec& out = plan.output();
  const CbSpec* outCb = nullptr;
  for (const CbSpec& c : plan.cbs)
    if (c.buffer == out.name) outCb = &c;
  drawCb(outCb, colX(4), midY - kBoxH / 2, out.name);
  p.arrow(colX(3) + kColW, midY, colX(4) - 2, midY);
  p.arrow(colX(4) + kColW, midY, colX(5) - 2, midY);

  p.textBox(colX(5), kTop, kColW, kH, kKernelFill, kKernelStroke,
            {"writer", "writer.cpp", "RISCV_0 (BRISC)", "writes " + out.name,
             num(int64_t(plan.runtimeArgs.writer.size())) + " runtime args"});
  p.arrow(colX(5) + kColW, midY, colX(6) - 2, midY);
  p.textBox(colX(6), midY - kBoxH / 2, kColW, kBoxH, kDramFill, kDramStroke,
            {memoryText(out.memory) + " " + out.name, shapeText(out) + " " + toString(out.dtype),
             num(int64_t(out.tileRows())) + "×" + num(int64_t(out.tileCols())) + " tiles"});
  return top + h + chainCbRowHeight(plan);
}

/// The x of the compute column.
int colX3() { return kMargin + 3 * (kColW + kColGap); }

int cellSizeFor(const Plan& plan) {
  const int n = int(std::max(plan.gridX, plan.gridY));
  return std::clamp(480 / std::max(1, n), 40, 128);
}

}  // namespace

std::string planToSvg(const Plan& plan) {
  // Geometry first: the grid decides the height (and, for wide grids, the width).
  const int cell = cellSizeFor(plan);
  const int pipelineTop = 132;
  const int pipelineBottom = pipelineTop + pipelineHeight(plan) + chainCbRowHeight(plan);
  const int gridTitleY = pipelineBottom + 44;
  const int gridTop = gridTitleY + 34;  // room for the x labels
  const int gridLeft = kMargin + 28;    // room for the y labels
  const int gridW = int(plan.gridX) * cell;
  const int gridH = int(plan.gridY) * cell;
  const int sideX = gridLeft + gridW + 40;
  const int localCbsW = colX3() + int(chainCbs(plan).size()) * (kLocalCbW + kColGap / 2) + kMargin;
  const int pipelineW = std::max(2 * kMargin + 7 * kColW + 6 * kColGap, localCbsW);
  const int width = std::max(pipelineW, sideX + 360);
  const int sideH = 250;
  const int height = std::max(gridTop + gridH, gridTop + sideH) + 40;

  SvgWriter svg(width, height);
  Painter p{svg};
  svg.raw(
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
      "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#52606d\"/></marker></defs>");
  svg.rect(0, 0, width, height, {{"fill", "#ffffff"}});
  svg.open("g", {{"font-family", kFont}});

  // Title.
  const BufferSpec& out = plan.output();
  p.label(kMargin, 38,
          plan.name + " — " + opText(plan) + ", " + toString(out.dtype), 22, kInk, true);
  p.label(kMargin, 64, formulaText(plan), 14, kInk);
  p.label(kMargin, 86,
          std::string(toString(plan.arch)) + " · profile " + toString(plan.profile) + " · " +
              num(int64_t(plan.numOutputTiles())) + " output tiles (" + num(int64_t(plan.mt())) + "×" +
              num(int64_t(plan.nt())) + (plan.op == OpKind::Matmul ? ", Kt " + num(int64_t(plan.kt())) : "") +
              ") on " + num(plan.gridX) + "×" + num(plan.gridY) + " cores",
          13, kMuted);

  drawPipeline(p, plan, pipelineTop);

  // Core grid.
  std::map<std::pair<uint32_t, uint32_t>, const CoreWork*> work;
  uint32_t maxCount = 0, minCount = UINT32_MAX;
  for (const CoreWork& c : plan.cores) {
    work[{c.x, c.y}] = &c;
    maxCount = std::max(maxCount, c.count);
    minCount = std::min(minCount, c.count);
  }
  const size_t idle = size_t(plan.gridX) * plan.gridY - std::min<size_t>(work.size(), size_t(plan.gridX) * plan.gridY);

  p.label(kMargin, gridTitleY,
          "Core grid " + num(plan.gridX) + "×" + num(plan.gridY) + ": output tiles per core (x →, y ↓)", 14, kInk, true);
  const int axisSize = std::clamp(cell / 4, 10, 13);
  for (uint32_t x = 0; x < plan.gridX; ++x)
    p.label(gridLeft + int(x) * cell + cell / 2, gridTop - 8, num(x), axisSize, kMuted, false, "middle");
  for (uint32_t y = 0; y < plan.gridY; ++y)
    p.label(gridLeft - 8, gridTop + int(y) * cell + cell / 2 + axisSize / 3, num(y), axisSize, kMuted, false, "end");

  const int pad = cell >= 60 ? 3 : 2;
  const int inner = cell - 2 * pad;
  const int rangeSize = std::clamp(cell / 5, 9, 16);
  const int countSize = std::clamp(cell / 4, 10, 20);
  for (uint32_t y = 0; y < plan.gridY; ++y) {
    for (uint32_t x = 0; x < plan.gridX; ++x) {
      const int cx = gridLeft + int(x) * cell + pad;
      const int cy = gridTop + int(y) * cell + pad;
      const std::string core = "core (" + num(x) + ", " + num(y) + ")";
      auto it = work.find({x, y});
      if (it == work.end()) {
        svg.rect(cx, cy, inner, inner, {{"rx", "4"}, {"fill", kIdleFill}, {"stroke", kIdleStroke}}, core + ": idle");
        p.label(cx + inner / 2, cy + inner / 2 + rangeSize / 3, "idle", rangeSize, "#7b8794", false, "middle");
        continue;
      }
      const CoreWork& w = *it->second;
      // Intensity: 250..1000 per mille so the lightest loaded core is still clearly not idle.
      const int64_t perMille = maxCount == 0 ? 1000 : 250 + int64_t(w.count) * 750 / maxCount;
      const bool dark = perMille >= 550;
      const char* ink = dark ? "#ffffff" : kInk;
      const std::string range = w.count == 1 ? num(w.startTile) : num(w.startTile) + "–" + num(w.startTile + w.count - 1);
      svg.rect(cx, cy, inner, inner, {{"rx", "4"}, {"fill", loadColor(perMille)}, {"stroke", "#0b3d75"}, {"stroke-width", "0.5"}},
               core + ": tiles " + range + " (" + num(w.count) + ")");
      // Count (big), range (small), load bar along the bottom.
      const bool roomy = inner >= 48 && textWidth(range, rangeSize) <= inner - 4;
      const int countY = roomy ? cy + inner / 2 : cy + inner / 2 + countSize / 3;
      p.label(cx + inner / 2, countY, num(w.count), countSize, ink, true, "middle");
      if (roomy) p.label(cx + inner / 2, countY + rangeSize + 3, range, rangeSize, ink, false, "middle");
      if (cell >= 90) p.label(cx + inner / 2, cy + rangeSize + 4, core, rangeSize - 2, ink, false, "middle");
      const int barW = maxCount == 0 ? 0 : int(int64_t(inner - 8) * w.count / maxCount);
      svg.rect(cx + 4, cy + inner - 7, barW, 3, {{"fill", dark ? "#ffffff" : "#0b3d75"}, {"opacity", "0.8"}});
    }
  }

  // Side panel: legend and facts.
  int sy = gridTop + 4;
  p.label(sideX, sy + 10, "Load (output tiles per core)", 13, kInk, true);
  sy += 22;
  for (int i = 0; i < 10; ++i)
    svg.rect(sideX + i * 20, sy, 20, 14, {{"fill", loadColor(250 + i * 750 / 9)}});
  // Intensity is proportional to count / max: the light end is 0 tiles, the dark end the max.
  p.label(sideX, sy + 30, "0", 11, kMuted);
  p.label(sideX + 200, sy + 30, num(maxCount) + (maxCount == 1 ? " tile" : " tiles"), 11, kMuted, false, "end");
  svg.rect(sideX + 220, sy, 20, 14, {{"fill", kIdleFill}, {"stroke", kIdleStroke}});
  p.label(sideX + 246, sy + 12, "idle", 11, kMuted);
  sy += 58;
  uint64_t l1 = 0;
  for (const CbSpec& c : plan.cbs) l1 += c.totalBytes();
  const std::vector<std::string> facts = {
      "cores used: " + num(int64_t(work.size())) + " of " + num(int64_t(plan.gridX) * plan.gridY) +
          (idle ? " (" + num(int64_t(idle)) + " idle)" : ""),
      "tiles per core: " + (minCount == maxCount || work.empty() ? num(maxCount) : num(minCount) + "–" + num(maxCount)),
      std::string("work split: ") + (plan.split == SplitKind::Contiguous ? "contiguous" : "explicit"),
      "CBs: " + num(int64_t(plan.cbs.size())) + ", " + bytes(l1) + " of L1 per core",
      "L1 for CBs: " + bytes(archInfo(plan.arch).l1Bytes) + " per core",
      "cell: count (bold), tile range, load bar",
  };
  for (const std::string& f : facts) {
    p.label(sideX, sy, f, 12, kInk);
    sy += 20;
  }

  svg.close("g");
  return svg.finish();
}

}  // namespace tt_astgen
