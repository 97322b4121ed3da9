// driver_compile.cpp: run.go's compiler arguments onto goescape's driver
// (see driver_compile.h).
#include "tools/goescape/errorcheck/driver_compile.h"

#include <mutex>

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::errorcheck {
namespace {

/// DriverCall carries one driver invocation across RunOnLargeStack.
struct DriverCall {
  const DriverHooks* hooks;
  const DriverOptions* options;
  std::string out;
  std::string err;
};

int CallDriver(void* p) {
  auto* call = static_cast<DriverCall*>(p);
  llvm::raw_string_ostream out(call->out);
  llvm::raw_string_ostream err(call->err);
  int status = call->hooks->run_driver(*call->options, out, err);
  out.flush();
  err.flush();
  return status;
}

CompileResult Run(const DriverHooks& hooks, const std::vector<std::string>& files,
                  const std::vector<std::string>& flags) {
  DriverOptions options;
  std::string error;
  if (!DriverOptionsFromFlags(flags, &options, &error)) return CompileResult{error + "\n", 2};
  options.files = files;
  options.notes = false;  // run.go compares every line the compiler prints
  DriverCall call{&hooks, &options, "", ""};
  static std::mutex mutex;
  std::unique_lock<std::mutex> lock(mutex, std::defer_lock);
  if (hooks.serialize) lock.lock();
  int status =
      hooks.run_on_large_stack ? hooks.run_on_large_stack(CallDriver, &call) : CallDriver(&call);
  return CompileResult{call.out + call.err, status};
}

bool ParseLevel(llvm::StringRef v, unsigned* level) { return !v.getAsInteger(10, *level); }

}  // namespace

bool DriverOptionsFromFlags(const std::vector<std::string>& flags, DriverOptions* options,
                            std::string* error) {
  unsigned l_level = 0;
  auto unsupported = [&](const std::string& flag) {
    *error = "goescape: compiler flag " + flag + " is not supported (goescape does not model it)";
    return false;
  };
  for (size_t i = 0; i < flags.size(); ++i) {
    llvm::StringRef f = flags[i];
    if (f == "-m") {
      ++options->m_level;
    } else if (f.startswith("-m=")) {
      if (!ParseLevel(f.drop_front(3), &options->m_level)) return unsupported(flags[i]);
    } else if (f == "-l") {
      ++l_level;
    } else if (f.startswith("-l=")) {
      if (!ParseLevel(f.drop_front(3), &l_level)) return unsupported(flags[i]);
    } else if (f == "-N") {
      options->no_opt = true;
    } else if (f == "-C") {
      options->no_columns = true;
    } else if (f == "-e") {
      options->no_error_limit = true;
    } else if (f == "-p" && i + 1 < flags.size()) {
      options->pkg_path = flags[++i];
    } else if (f.startswith("-p=")) {
      options->pkg_path = f.drop_front(3).str();
    } else if (f.startswith("-lang=") || (f == "-lang" && i + 1 < flags.size())) {
      std::string v = f == "-lang" ? flags[++i] : f.drop_front(6).str();
      std::string complaint = CheckLangFlag(v);
      if (!complaint.empty()) {
        *error = "goescape: " + complaint;
        return false;
      }
      options->lang = v;
    } else if (f == "-o" || f == "-D" || f == "-I") {
      ++i;  // the value: object file, local import prefix, import dir
    } else if (f.startswith("-o=") || f.startswith("-D=") || f.startswith("-I=")) {
      continue;
    } else if (f.startswith("-d=")) {
      llvm::SmallVector<llvm::StringRef, 4> settings;
      f.drop_front(3).split(settings, ',', -1, false);
      for (llvm::StringRef s : settings) {
        if (s != "panic" && s != "ssa/check/on" && s != "inlfuncswithclosures=1") {
          return unsupported(("-d=" + s).str());
        }
      }
    } else {
      return unsupported(flags[i]);
    }
  }
  // gc: an -l level of 0 or 1 is flipped (no flag: inline; -l: don't);
  // higher levels ask for more aggressive inlining, which goescape lacks.
  if (l_level >= 2) return unsupported("-l=" + std::to_string(l_level));
  options->no_inline = l_level == 1;
  return true;
}

CompileFn MakeDriverCompileFn(DriverHooks hooks) {
  return [hooks](const std::string& path, const std::vector<std::string>& flags) {
    return Run(hooks, {path}, flags);
  };
}

CompilePackageFn MakeDriverCompilePackageFn(DriverHooks hooks) {
  return [hooks](const std::vector<std::string>& paths, const std::vector<std::string>& flags) {
    return Run(hooks, paths, flags);
  };
}

}  // namespace goescape::errorcheck
