#include "spelling.h"

namespace tt_astgen {
namespace plan_detail {

const Spellings<Profile>& profileSpellings() {
  static const Spellings<Profile> t{{"metal-2025", Profile::Metal2025},
                                    {"metal-2024", Profile::Metal2024},
                                    {"metal-2026", Profile::Metal2026}};
  return t;
}
const Spellings<Arch>& archSpellings() {
  static const Spellings<Arch> t{{"wormhole_b0", Arch::WormholeB0}, {"blackhole", Arch::Blackhole}};
  return t;
}
const Spellings<DType>& dtypeSpellings() {
  static const Spellings<DType> t{{"bfloat16", DType::BFloat16},
                                  {"float32", DType::Float32},
                                  {"bfloat8_b", DType::BFloat8_b},
                                  {"float16", DType::Float16}};
  return t;
}
const Spellings<OpKind>& opKindSpellings() {
  static const Spellings<OpKind> t{{"matmul", OpKind::Matmul},
                                   {"eltwise_binary", OpKind::EltwiseBinary},
                                   {"eltwise_unary", OpKind::EltwiseUnary},
                                   {"reduce", OpKind::Reduce},
                                   {"transpose", OpKind::Transpose}};
  return t;
}
const Spellings<OpKind>& v1OpKindSpellings() {
  static const Spellings<OpKind> t(opKindSpellings().begin(), opKindSpellings().begin() + 3);
  return t;
}
const Spellings<BinaryOpKind>& binaryOpSpellings() {
  static const Spellings<BinaryOpKind> t{
      {"add", BinaryOpKind::Add}, {"sub", BinaryOpKind::Sub}, {"mul", BinaryOpKind::Mul},
      {"div", BinaryOpKind::Div}};
  return t;
}
const Spellings<BinaryOpKind>& v1BinaryOpSpellings() {
  static const Spellings<BinaryOpKind> t(binaryOpSpellings().begin(), binaryOpSpellings().begin() + 3);
  return t;
}
const Spellings<UnaryOpKind>& unaryOpSpellings() {
  static const Spellings<UnaryOpKind> t{
      {"copy", UnaryOpKind::Copy},     {"relu", UnaryOpKind::Relu},   {"exp", UnaryOpKind::Exp},
      {"sqrt", UnaryOpKind::Sqrt},     {"rsqrt", UnaryOpKind::Rsqrt}, {"recip", UnaryOpKind::Recip},
      {"log", UnaryOpKind::Log},       {"abs", UnaryOpKind::Abs},     {"neg", UnaryOpKind::Neg},
      {"square", UnaryOpKind::Square}, {"sigmoid", UnaryOpKind::Sigmoid},
      {"tanh", UnaryOpKind::Tanh},     {"gelu", UnaryOpKind::Gelu}};
  return t;
}
const Spellings<UnaryOpKind>& v1UnaryOpSpellings() {
  static const Spellings<UnaryOpKind> t(unaryOpSpellings().begin(), unaryOpSpellings().begin() + 3);
  return t;
}
const Spellings<ChainStep>& stepOpSpellings() {
  static const Spellings<ChainStep> t = [] {
    Spellings<ChainStep> table;
    ChainStep step;
    step.kind = StepKind::Matmul;
    table.emplace_back("matmul", step);
    for (const auto& [name, op] : binaryOpSpellings()) {
      step = ChainStep{};
      step.kind = StepKind::Binary;
      step.binary = op;
      table.emplace_back(name, step);
    }
    for (const auto& [name, op] : unaryOpSpellings()) {
      step = ChainStep{};
      step.kind = StepKind::Unary;
      step.unary = op;
      table.emplace_back(name, step);
    }
    step = ChainStep{};
    step.kind = StepKind::Reduce;
    table.emplace_back("reduce", step);
    step.kind = StepKind::Transpose;
    table.emplace_back("transpose", step);
    return table;
  }();
  return t;
}
const Spellings<CbRole>& cbRoleSpellings() {
  static const Spellings<CbRole> t{{"input", CbRole::Input},
                                   {"output", CbRole::Output},
                                   {"intermediate", CbRole::Intermediate},
                                   {"scaler", CbRole::Scaler}};
  return t;
}
const Spellings<Broadcast>& broadcastSpellings() {
  static const Spellings<Broadcast> t{{"none", Broadcast::None},
                                      {"row", Broadcast::Row},
                                      {"col", Broadcast::Col},
                                      {"scalar", Broadcast::Scalar}};
  return t;
}
const Spellings<ReduceFn>& reduceFnSpellings() {
  static const Spellings<ReduceFn> t{{"sum", ReduceFn::Sum}, {"max", ReduceFn::Max}};
  return t;
}
const Spellings<ReduceDim>& reduceDimSpellings() {
  static const Spellings<ReduceDim> t{
      {"row", ReduceDim::Row}, {"col", ReduceDim::Col}, {"both", ReduceDim::Both}};
  return t;
}
const Spellings<MemoryKind>& memorySpellings() {
  static const Spellings<MemoryKind> t{{"dram", MemoryKind::Dram}, {"l1", MemoryKind::L1}};
  return t;
}
const Spellings<BufferRole>& roleSpellings() {
  static const Spellings<BufferRole> t{{"input", BufferRole::Input},
                                       {"output", BufferRole::Output}};
  return t;
}
const Spellings<MathFidelity>& fidelitySpellings() {
  static const Spellings<MathFidelity> t{{"LoFi", MathFidelity::LoFi},
                                         {"HiFi2", MathFidelity::HiFi2},
                                         {"HiFi3", MathFidelity::HiFi3},
                                         {"HiFi4", MathFidelity::HiFi4}};
  return t;
}
const Spellings<SplitKind>& splitSpellings() {
  static const Spellings<SplitKind> t{{"contiguous", SplitKind::Contiguous},
                                      {"explicit", SplitKind::Explicit}};
  return t;
}
const Spellings<Layout>& layoutSpellings() {
  static const Spellings<Layout> t{{"interleaved", Layout::Interleaved}};
  return t;
}

template <typename E>
static const char* spell(const Spellings<E>& table, E value) {
  for (const auto& [name, v] : table)
    if (v == value) return name.data();  // the literals are NUL-terminated
  return "?";
}

template <typename E>
static std::optional<E> lookup(const Spellings<E>& table, const std::string& s) {
  for (const auto& [name, v] : table)
    if (name == s) return v;
  return std::nullopt;
}

const char* toString(MemoryKind v) { return spell(memorySpellings(), v); }
const char* toString(BufferRole v) { return spell(roleSpellings(), v); }
const char* toString(SplitKind v) { return spell(splitSpellings(), v); }
const char* toString(CbRole v) { return spell(cbRoleSpellings(), v); }

}  // namespace plan_detail

using namespace plan_detail;

const char* toString(Profile v) { return spell(profileSpellings(), v); }
const char* toString(Arch v) { return spell(archSpellings(), v); }
const char* toString(DType v) { return spell(dtypeSpellings(), v); }
const char* toString(OpKind v) { return spell(opKindSpellings(), v); }
const char* toString(BinaryOpKind v) { return spell(binaryOpSpellings(), v); }
const char* toString(UnaryOpKind v) { return spell(unaryOpSpellings(), v); }
const char* toString(MathFidelity v) { return spell(fidelitySpellings(), v); }
const char* toString(Broadcast v) { return spell(broadcastSpellings(), v); }
const char* toString(ReduceFn v) { return spell(reduceFnSpellings(), v); }
const char* toString(ReduceDim v) { return spell(reduceDimSpellings(), v); }

const char* stepOpName(const ChainStep& step) {
  switch (step.kind) {
    case StepKind::Matmul: return "matmul";
    case StepKind::Binary: return toString(step.binary);
    case StepKind::Unary: return toString(step.unary);
    case StepKind::Reduce: return "reduce";
    case StepKind::Transpose: return "transpose";
  }
  return "?";
}

std::optional<Profile> parseProfile(const std::string& s) { return lookup(profileSpellings(), s); }
std::string profileChoices() {
  const Spellings<Profile>& table = profileSpellings();
  std::string out;
  for (size_t i = 0; i < table.size(); ++i) {
    if (i) out += i + 1 == table.size() ? " or " : ", ";
    out += table[i].first;
  }
  return out;
}
std::optional<Arch> parseArch(const std::string& s) { return lookup(archSpellings(), s); }
std::optional<DType> parseDType(const std::string& s) { return lookup(dtypeSpellings(), s); }

uint32_t tileBytes(DType d) {
  switch (d) {
    case DType::BFloat16: return kTileElements * 2;  // 2048
    case DType::Float32: return kTileElements * 4;   // 4096
    // Block float: 1024 one-byte sign+mantissas plus one shared exponent byte per 16 values.
    case DType::BFloat8_b: return kTileElements + kTileElements / 16;  // 1088
    case DType::Float16: return kTileElements * 2;   // 2048
  }
  return 0;
}

}  // namespace tt_astgen
