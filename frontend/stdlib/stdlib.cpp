// stdlib.cpp: the stub importer and the summary dump (see stdlib.h).
#include "frontend/stdlib/stdlib.h"

#include <algorithm>

#include "frontend/parse/parse.h"
#include "llvm/Support/raw_ostream.h"

namespace goescape::stdlib {

const check::Package* StdlibImporter::Import(check::Program& prog, llvm::StringRef path) {
  std::string key = path.str();
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second.pkg.get();
  if (std::find(in_progress_.begin(), in_progress_.end(), key) != in_progress_.end()) {
    sink_.Report(
        MakeDiag(DiagKind::Import, Pos(), "goescape internal error: import cycle through " + key));
    return nullptr;
  }
  std::vector<const EmbeddedStub*> stubs;
  for (size_t i = 0; i < kNumEmbeddedStubs; ++i) {
    if (path == kEmbeddedStubs[i].import_path) stubs.push_back(&kEmbeddedStubs[i]);
  }
  if (stubs.empty()) return nullptr;
  in_progress_.push_back(key);
  Loaded loaded;
  std::vector<const ast::File*> files;
  for (const EmbeddedStub* stub : stubs) {
    uint32_t index = sources_.Add(std::string("$goescape/stdlib/") + stub->file, stub->source);
    parse::ParseResult parsed = parse::ParseFile(sources_.Get(index), prog.Ctx(), sink_);
    if (!parsed.file) continue;
    files.push_back(parsed.file.get());
    loaded.files.push_back(std::move(parsed.file));
  }
  check::CheckOptions opts;
  opts.path = key;
  opts.check_branches = false;
  const SourceSet& sources = sources_;
  opts.format_pos = [&sources](Pos pos) {
    if (!pos.Known()) return std::string("?");
    return sources.Get(pos.file).Path().str() + ":" + std::to_string(pos.line) + ":" +
           std::to_string(pos.col);
  };
  loaded.pkg = check::CheckPackage(prog, files, sink_, opts);
  in_progress_.pop_back();
  const check::Package* result = loaded.pkg.get();
  cache_.emplace(key, std::move(loaded));
  return result;
}

std::vector<std::string> StdlibImporter::Supported() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < kNumEmbeddedStubs; ++i) {
    std::string p = kEmbeddedStubs[i].import_path;
    if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

std::string Tags(const check::EscapeParam& p) {
  std::string out;
  if (p.heap >= 0) out += " heap=" + std::to_string(p.heap);
  for (int i = 0; i < 7; ++i) {
    if (p.results[i] >= 0)
      out += " result" + std::to_string(i) + "=" + std::to_string(p.results[i]);
  }
  return out.empty() ? " none" : out;
}

}  // namespace

void EmitSummaries(check::Program& prog, StdlibImporter& importer, llvm::raw_ostream& os) {
  std::vector<std::string> lines;
  for (const std::string& path : importer.Supported()) {
    const check::Package* pkg = importer.Import(prog, path);
    if (!pkg) continue;
    for (check::ObjectId id : pkg->Decls()) {
      const check::Object& f = prog.Obj(id);
      if (f.kind != check::ObjectKind::kFunc) continue;
      std::string key = path + ".";
      std::vector<check::ObjectId> params;
      if (f.is_method && f.recv.Valid()) {
        types::TypeId rt = prog.Obj(f.recv).type;
        bool ptr = false;
        if (const auto* p = prog.Types().TryGet<types::PointerType>(rt)) {
          rt = p->elem;
          ptr = true;
        }
        std::string base = prog.Types().Named(rt).name.str();
        key += ptr ? "(*" + base + ")." : base + ".";
        params.push_back(f.recv);
      }
      key += f.name.str();
      params.insert(params.end(), f.params.begin(), f.params.end());
      std::string line = key;
      for (const check::EscapeParam& e : f.escape) {
        bool ok = false;
        for (check::ObjectId p : params) {
          if (prog.Obj(p).name == e.name && prog.Layout().HasPointers(prog.Obj(p).type)) ok = true;
        }
        line += " " + e.name.str() + (ok ? Tags(e) : " ?bad");
      }
      // Every pointer-carrying parameter must have a summary.
      for (check::ObjectId p : params) {
        const check::Object& po = prog.Obj(p);
        if (!prog.Layout().HasPointers(po.type)) continue;
        bool have = false;
        for (const check::EscapeParam& e : f.escape) have |= e.name == po.name;
        if (!have) line += " " + po.name.str() + " ?missing";
      }
      lines.push_back(std::move(line));
    }
  }
  std::sort(lines.begin(), lines.end());
  for (const std::string& l : lines) os << l << '\n';
}

void EmitLayouts(check::Program& prog, StdlibImporter& importer, llvm::raw_ostream& os) {
  struct Entry {
    std::string key;
    std::vector<std::string> lines;
  };
  std::vector<Entry> entries;
  const types::TypeStore& ts = prog.Types();
  for (const std::string& path : importer.Supported()) {
    const check::Package* pkg = importer.Import(prog, path);
    if (!pkg) continue;
    for (check::ObjectId id : pkg->Decls()) {
      const check::Object& o = prog.Obj(id);
      if (o.kind != check::ObjectKind::kTypeName || o.alias || o.name.empty() ||
          !(o.name[0] >= 'A' && o.name[0] <= 'Z')) {
        continue;
      }
      types::TypeId u = ts.Underlying(o.type);
      if (ts.Kind(u) != types::TypeKind::kStruct) continue;
      Entry e;
      e.key = path + "." + o.name.str();
      e.lines.push_back(e.key + " size " + std::to_string(prog.Layout().Size(o.type)) + " align " +
                        std::to_string(prog.Layout().Align(o.type)));
      auto fields = ts.Fields(u);
      std::vector<int64_t> offsets = prog.Layout().Offsets(u);
      for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name.empty() || !(fields[i].name[0] >= 'A' && fields[i].name[0] <= 'Z'))
          continue;
        e.lines.push_back(e.key + "." + fields[i].name.str() + " offset " +
                          std::to_string(offsets[i]));
      }
      entries.push_back(std::move(e));
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  for (const Entry& e : entries) {
    for (const std::string& l : e.lines) os << l << '\n';
  }
}

}  // namespace goescape::stdlib
