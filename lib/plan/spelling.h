// The JSON spellings of the plan's enumerations (one table per enum, shared by the reader,
// the TileLang importer and the serializer).
#pragma once

#include "json_reader.h"

namespace tt_astgen::plan_detail {

enum class Layout { Interleaved };

const Spellings<Profile>& profileSpellings();
const Spellings<Arch>& archSpellings();
const Spellings<DType>& dtypeSpellings();
const Spellings<OpKind>& opKindSpellings();
const Spellings<BinaryOpKind>& binaryOpSpellings();
const Spellings<UnaryOpKind>& unaryOpSpellings();
// The subsets a version-1 plan's "op" accepts (the op set before chains).
const Spellings<OpKind>& v1OpKindSpellings();
const Spellings<BinaryOpKind>& v1BinaryOpSpellings();
const Spellings<UnaryOpKind>& v1UnaryOpSpellings();
/// A version-2 step's "op": the step with its kind and binary/unary function set.
const Spellings<ChainStep>& stepOpSpellings();
const Spellings<CbRole>& cbRoleSpellings();
const Spellings<Broadcast>& broadcastSpellings();
const Spellings<ReduceFn>& reduceFnSpellings();
const Spellings<ReduceDim>& reduceDimSpellings();
const Spellings<MemoryKind>& memorySpellings();
const Spellings<BufferRole>& roleSpellings();
const Spellings<MathFidelity>& fidelitySpellings();
const Spellings<SplitKind>& splitSpellings();
const Spellings<Layout>& layoutSpellings();

const char* toString(MemoryKind);
const char* toString(BufferRole);
const char* toString(SplitKind);
const char* toString(CbRole);

}  // namespace tt_astgen::plan_detail
