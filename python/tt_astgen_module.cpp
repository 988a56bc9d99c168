// The Python module `tt_astgen`: the library's plan loading, generation, checking and dry-run for
// Python backends (TileLang's TT codegen returns an artifact map: file name -> text).
//
//   import tt_astgen
//   files = tt_astgen.generate(plan)        # {"main.cpp": ..., "reader.cpp": ..., "tt.plan.json": ...}
//   diags = tt_astgen.check(files)          # [] when clean
//   tt_astgen.run(plan).passed              # the CPU dry-run
//
// A bad plan raises tt_astgen.PlanError (a ValueError) whose .errors hold every problem with its
// file, line, column and JSON pointer. The GIL is released while the library works.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "tt_astgen/check.h"
#include "tt_astgen/diagnostics.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace py = pybind11;
using namespace tt_astgen;

namespace {

/// tt_astgen.PlanError, created at import.
py::object& planErrorType() {
  static py::object type;
  return type;
}

/// A plan as the caller gave it: JSON text (a str, or a dict turned into JSON) or a file path.
struct PlanSource {
  std::string text;
  std::string file;      // set for a path: loaded with loadPlanFile
  std::string name;      // what errors call a plan given as text
  bool fromDict = false; // positions in the JSON made from a dict mean nothing to the caller
};

PlanSource planSource(const py::handle& plan) {
  PlanSource source;
  if (py::isinstance<py::str>(plan)) {
    source.text = plan.cast<std::string>();
    source.name = "<string>";
  } else if (py::isinstance<py::dict>(plan)) {
    // NaN and infinities are no JSON: json.dumps raises ValueError for them.
    source.text = py::module_::import("json")
                      .attr("dumps")(plan, py::arg("indent") = 1, py::arg("allow_nan") = false)
                      .cast<std::string>();
    source.name = "<dict>";
    source.fromDict = true;
  } else if (py::hasattr(plan, "__fspath__")) {
    source.file = py::module_::import("os").attr("fspath")(plan).cast<std::string>();
  } else {
    throw py::type_error("plan: expected a dict, a str of JSON text or a path, got " +
                         py::str(py::type::of(plan).attr("__name__")).cast<std::string>());
  }
  return source;
}

/// Loads a plan (call without the GIL). Errors name the plan's file, or the "<string>"/"<dict>"
/// it came from (positions dropped for a dict: its JSON text is ours, not the caller's).
PlanLoadResult loadSource(const PlanSource& source) {
  PlanLoadResult loaded = source.file.empty() ? parsePlan(source.text) : loadPlanFile(source.file);
  if (source.file.empty())
    for (PlanError& e : loaded.errors) {
      e.file = source.name;
      if (source.fromDict) e.line = e.column = 0;
    }
  return loaded;
}

[[noreturn]] void raisePlanError(const std::vector<PlanError>& errors) {
  std::string text;
  for (const PlanError& e : errors) text += (text.empty() ? "" : "\n") + e.format();
  py::object exception = planErrorType()(text);
  exception.attr("errors") = py::cast(errors);
  PyErr_SetObject(planErrorType().ptr(), exception.ptr());
  throw py::error_already_set();
}

Profile profileArgument(const std::string& spelling) {
  if (std::optional<Profile> profile = parseProfile(spelling)) return *profile;
  throw py::value_error("unknown profile '" + spelling + "' (expected " + profileChoices() + ")");
}

Arch archArgument(const std::string& spelling) {
  if (std::optional<Arch> arch = parseArch(spelling)) return *arch;
  throw py::value_error("unknown arch '" + spelling + "' (expected wormhole_b0 or blackhole)");
}

/// Loads the plan and applies `profile` (the API generation), raising PlanError on a bad plan.
Plan loadPlanArgument(const py::handle& plan, const std::optional<std::string>& profile) {
  const Profile chosen = profile ? profileArgument(*profile) : Profile::Metal2025;
  const PlanSource source = planSource(plan);
  PlanLoadResult loaded;
  {
    py::gil_scoped_release released;
    loaded = loadSource(source);
  }
  if (!loaded.plan) raisePlanError(loaded.errors);
  if (profile) loaded.plan->profile = chosen;
  return std::move(*loaded.plan);
}

py::dict generate(const py::handle& plan, const std::optional<std::string>& profile, bool embedKernels) {
  const Plan loaded = loadPlanArgument(plan, profile);
  GenerateResult generated;
  {
    py::gil_scoped_release released;
    generated = generateProgram(loaded, GenerateOptions{embedKernels});
  }
  if (!generated.ok()) throw std::runtime_error("generator: " + generated.error);
  py::dict files;
  for (const GeneratedFile& f : generated.files) files[py::str(f.name)] = py::str(f.content);
  return files;
}

py::object loadPlan(const py::handle& plan, const std::optional<std::string>& profile) {
  const Plan loaded = loadPlanArgument(plan, profile);
  return py::module_::import("json").attr("loads")(toJson(loaded));
}

struct CheckArguments {
  std::optional<std::string> profile, arch;
  bool werror = false, crossFileChecks = true, strict = false, verbose = false;
  std::vector<std::string> kernelRoots, includeDirs, defines;
};

CheckOptions checkOptions(const CheckArguments& a) {
  CheckOptions options;
  options.werror = a.werror;
  options.crossFileChecks = a.crossFileChecks;
  options.hostBuild = a.strict ? HostBuild::Standalone : HostBuild::InTreeExample;
  options.verbose = a.verbose;
  options.kernelRoots = a.kernelRoots;
  options.includeDirs = a.includeDirs;
  options.defines = a.defines;
  return options;
}

/// As `tt-astgen check`: the profile and arch of the program's tt.plan.json when there is one, the
/// host's own API names otherwise; explicit arguments win.
void applyPlanProfile(CheckOptions& options, const std::optional<Plan>& plan, const CheckArguments& a) {
  options.detectProfile = !plan;
  if (plan) {
    options.profile = plan->profile;
    options.arch = plan->arch;
  }
  if (a.profile) {
    options.profile = profileArgument(*a.profile);
    options.detectProfile = false;
  }
  if (a.arch) options.arch = archArgument(*a.arch);
}

bool isCppSource(const std::string& name) {
  for (const char* ext : {".cpp", ".cc", ".cxx"})
    if (name.size() > std::string(ext).size() && name.ends_with(ext)) return true;
  return false;
}

std::vector<Diagnostic> checkMemory(const py::dict& files, const CheckArguments& a) {
  std::vector<SourceFile> sources;
  std::optional<Plan> plan;
  for (const auto& [key, value] : files) {
    if (!py::isinstance<py::str>(key)) throw py::type_error("check: file names must be str");
    const std::string name = py::cast<std::string>(key);
    if (!py::isinstance<py::str>(value)) throw py::type_error("check: the text of '" + name + "' is not a str");
    if (name == "tt.plan.json" || name.ends_with("/tt.plan.json")) {
      PlanLoadResult loaded = parsePlan(py::cast<std::string>(value));
      if (loaded.plan) plan = std::move(loaded.plan);
    } else if (isCppSource(name)) {
      sources.push_back({name, py::cast<std::string>(value)});
    }
  }
  if (sources.empty()) throw py::value_error("check: no C++ file (.cpp) among the files given");
  CheckOptions options = checkOptions(a);
  applyPlanProfile(options, plan, a);
  py::gil_scoped_release released;
  return checkFiles(sources, options).diagnostics;
}

std::vector<Diagnostic> checkPath(const std::string& target, const CheckArguments& a) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool isFile = fs::is_regular_file(target, ec);
  if (!isFile && !fs::is_directory(target, ec))
    throw py::value_error("check: '" + target + "' is neither a folder nor a host file");
  const fs::path planFile = (isFile ? fs::path(target).parent_path() : fs::path(target)) / "tt.plan.json";
  std::optional<Plan> plan;
  if (fs::exists(planFile, ec)) plan = loadPlanFile(planFile.string()).plan;
  CheckOptions options = checkOptions(a);
  applyPlanProfile(options, plan, a);
  std::string error;
  CheckReport report;
  {
    py::gil_scoped_release released;
    report = isFile ? checkHostFile(target, options, error) : checkDirectory(target, options, error);
  }
  if (!error.empty()) throw py::value_error("check: " + error);
  return report.diagnostics;
}

std::vector<Diagnostic> check(const py::handle& files, const CheckArguments& a) {
  if (py::isinstance<py::dict>(files)) return checkMemory(files.cast<py::dict>(), a);
  if (py::isinstance<py::str>(files) || py::hasattr(files, "__fspath__"))
    return checkPath(py::module_::import("os").attr("fspath")(files).cast<std::string>(), a);
  throw py::type_error("check: expected a dict of file name -> text, or the path of a folder or host file");
}

RunResult run(const py::handle& plan, const std::optional<std::string>& profile, bool embedKernels,
              const std::optional<std::string>& outDir, bool keepWorkDir, const std::optional<std::string>& compiler,
              uint32_t timeoutSeconds, bool skipCheck) {
  const Plan loaded = loadPlanArgument(plan, profile);
  RunOptions options;
  options.outDir = outDir.value_or("");
  options.keepWorkDir = keepWorkDir;
  options.compiler = compiler.value_or("");
  options.timeoutSeconds = timeoutSeconds;
  options.skipCheck = skipCheck;
  options.embedKernels = embedKernels;
  py::gil_scoped_release released;
  return runPlan(loaded, options);
}

std::string quoted(const std::string& s) { return py::repr(py::str(s)).cast<std::string>(); }

}  // namespace

PYBIND11_MODULE(tt_astgen, m) {
  m.doc() =
      "tt-astgen: a plan (JSON model of a TT-Metalium workload) in, a checked TT-Metalium program out.\n\n"
      "generate(plan) returns the artifacts (main.cpp, reader.cpp, compute.cpp, writer.cpp, tt.plan.json)\n"
      "as a dict of name -> text; check(files) type-checks a program as tt-metal's JIT compiles it;\n"
      "run(plan) dry-runs it on the CPU; load_plan(plan) validates a plan and returns it resolved.\n"
      "A plan is a dict, a str of JSON text (tt-astgen's format or TileLang's tt.plan.json) or a path.";
  m.attr("__version__") = TT_ASTGEN_VERSION;

  planErrorType() = py::reinterpret_steal<py::object>(PyErr_NewExceptionWithDoc(
      "tt_astgen.PlanError",
      "A plan was rejected. .errors lists every problem (PlanProblem: file, line, column, pointer,\n"
      "message); str() is one clang-style line per problem: 'file:line:col: error: /pointer: message'.",
      PyExc_ValueError, nullptr));
  m.attr("PlanError") = planErrorType();

  py::class_<PlanError>(m, "PlanProblem", "One problem in a plan: where it is and what was expected.")
      .def_readonly("file", &PlanError::file, "the plan file, or '<string>' / '<dict>' for a plan given as data")
      .def_readonly("line", &PlanError::line, "1-based line of the offending value in the JSON text; 0 when unknown")
      .def_readonly("column", &PlanError::column, "1-based column (bytes); 0 when unknown")
      .def_readonly("pointer", &PlanError::path, "JSON pointer (RFC 6901) of the offending value; '' for the document")
      .def_readonly("message", &PlanError::message, "what was expected")
      .def("__str__", &PlanError::format)
      .def("__repr__", [](const PlanError& e) {
        return "PlanProblem(" + quoted(e.format()) + ")";
      });

  py::class_<Diagnostic>(m, "Diagnostic", "A checker finding, as clang reports it.")
      .def_readonly("file", &Diagnostic::file, "the file's name as given (dict key or path)")
      .def_readonly("line", &Diagnostic::line, "1-based; 0 when the finding has no position")
      .def_readonly("column", &Diagnostic::column, "1-based")
      .def_property_readonly("severity", [](const Diagnostic& d) { return std::string(toString(d.severity)); },
                             "'error', 'warning' or 'note'")
      .def_readonly("check", &Diagnostic::check, "'clang' for compiler diagnostics, else the cross-file check's name")
      .def_readonly("message", &Diagnostic::message)
      .def_readonly("context", &Diagnostic::context, "how the file was compiled, e.g. 'compute (TRISC_MATH)'")
      .def("__str__", &Diagnostic::format)
      .def("__repr__", [](const Diagnostic& d) { return "Diagnostic(" + quoted(d.format()) + ")"; });

  py::class_<RunResult>(m, "RunResult", "The outcome of a dry-run.")
      .def_property_readonly("passed", &RunResult::passed, "the program ran and its own verification passed")
      .def_readonly("verdict", &RunResult::verdict, "one line: 'PASSED', 'FAILED: ...', 'deadlock: ...', ...")
      .def_property_readonly("phase", [](const RunResult& r) { return std::string(toString(r.phase)); },
                             "where the run stopped ('done' when the program ran to completion)")
      .def_readonly("exit_code", &RunResult::exitCode, "the host program's exit code (-1 if it never ran)")
      .def_readonly("timed_out", &RunResult::timedOut)
      .def_readonly("output", &RunResult::stdoutText, "the host program's stdout")
      .def_readonly("stderr", &RunResult::stderrText, "the host program's stderr (or the build's / checker's)")
      .def_readonly("work_dir", &RunResult::workDir, "where the program was written, built and run")
      .def("__bool__", &RunResult::passed)
      .def("__repr__", [](const RunResult& r) { return "RunResult(" + quoted(r.verdict) + ")"; });

  m.def("generate", &generate, py::arg("plan"), py::arg("profile") = py::none(), py::arg("embed_kernels") = false,
        "generate(plan, profile=None, embed_kernels=False) -> dict[str, str]\n\n"
        "The program's artifacts, nothing written to disk: main.cpp, reader.cpp, compute.cpp, writer.cpp\n"
        "and tt.plan.json (the resolved plan). plan: a dict, a str of JSON text (tt-astgen's format or\n"
        "TileLang's tt.plan.json) or a path. profile: 'metal-2025', 'metal-2024', ... (default: the plan's).\n"
        "embed_kernels: main.cpp carries the kernels as string literals (CreateKernelFromString).\n"
        "Raises PlanError on a bad plan, RuntimeError when generation fails.");
  m.def("load_plan", &loadPlan, py::arg("plan"), py::arg("profile") = py::none(),
        "load_plan(plan, profile=None) -> dict\n\n"
        "Validates a plan and returns it resolved (every default filled), as tt.plan.json holds it.\n"
        "Raises PlanError listing every problem.");

  m.def(
      "check",
      [](const py::handle& files, std::optional<std::string> profile, std::optional<std::string> arch, bool werror,
         bool crossFileChecks, bool strict, bool verbose, std::vector<std::string> kernelRoots,
         std::vector<std::string> includeDirs, std::vector<std::string> defines) {
        return check(files, CheckArguments{std::move(profile), std::move(arch), werror, crossFileChecks, strict, verbose,
                                           std::move(kernelRoots), std::move(includeDirs), std::move(defines)});
      },
      py::arg("files"), py::arg("profile") = py::none(), py::arg("arch") = py::none(), py::arg("werror") = false,
      py::arg("cross_file_checks") = true, py::arg("strict") = false, py::arg("verbose") = false,
      py::arg("kernel_roots") = std::vector<std::string>{}, py::arg("include_dirs") = std::vector<std::string>{},
      py::arg("defines") = std::vector<std::string>{},
      "check(files, profile=None, arch=None, werror=False, cross_file_checks=True, strict=False,\n"
      "      verbose=False, kernel_roots=(), include_dirs=(), defines=()) -> list[Diagnostic]\n\n"
      "Type-checks a program as tt-metal compiles it, plus the cross-file checks (docs/checks.md).\n"
      "files: a dict of file name -> text (as generate() returns; checked in memory: the .cpp files,\n"
      "with the profile and arch of a 'tt.plan.json' entry), or the path of a folder or host .cpp\n"
      "(as `tt-astgen check` takes it). Returns every diagnostic; none with severity 'error' is clean.");

  m.def("run", &run, py::arg("plan"), py::arg("profile") = py::none(), py::arg("embed_kernels") = false,
        py::arg("out_dir") = py::none(),
        py::arg("keep_work_dir") = false, py::arg("compiler") = py::none(), py::arg("timeout_seconds") = 120,
        py::arg("skip_check") = false,
        "run(plan, profile=None, embed_kernels=False, out_dir=None, keep_work_dir=False, compiler=None,\n"
        "    timeout_seconds=120, skip_check=False) -> RunResult\n\n"
        "Dry-run: generate, check, build the host program against the CPU runtime and run it here; the\n"
        "program verifies its own result. Needs a C++ compiler (compiler, else $CXX, else c++) and the\n"
        "runtime library libtt_astgen_runtime.so (in $TT_ASTGEN_RUNTIME_DIR, else where the build put it).\n"
        "Raises PlanError on a bad plan.");
}
