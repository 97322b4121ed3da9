// Tests for frontend/check: what the checker records for later phases
// (check.h) on small programs: implicit conversions, calls, selections,
// composite literals, ranges, type switches, labels, closures, variable
// forms, initialization order, method sets, and error reporting.
#include "frontend/check/check.h"

#include <fstream>
#include <memory>
#include <sstream>

#include "frontend/ast/printer.h"
#include "frontend/base/source.h"
#include "frontend/diag/diagnostic.h"
#include "frontend/parse/parse.h"
#include "frontend/stdlib/stdlib.h"
#include "gtest/gtest.h"

namespace goescape::check {
namespace {

/// Checked is one checked single-file program.
class Checked {
 public:
  explicit Checked(const std::string& src) : prog_(ctx_), importer_(sources_, sink_) {
    prog_.SetImporter(&importer_);
    uint32_t idx = sources_.Add("x.go", src);
    parse::ParseResult parsed = parse::ParseFile(sources_.Get(idx), ctx_, sink_);
    file_ = std::move(parsed.file);
    CheckOptions opts;
    opts.format_pos = [](Pos p) {
      return "x.go:" + std::to_string(p.line) + ":" + std::to_string(p.col);
    };
    const ast::File* files[] = {file_.get()};
    pkg_ = CheckPackage(prog_, files, sink_, opts);
  }

  /// Find returns the expression printing as text whose position is on
  /// line (the first in id order).
  ast::ExprId Find(uint32_t line, const std::string& text) const {
    for (uint32_t i = 0; i < file_->NumExprs(); ++i) {
      ast::ExprId e(i);
      if (file_->PosOf(e).line == line && ast::NodeString(*file_, e) == text) return e;
    }
    ADD_FAILURE() << "no expression " << text << " on line " << line;
    return ast::ExprId();
  }
  /// At returns the expression of the given kind at line:col.
  ast::ExprId At(uint32_t line, uint32_t col, ast::ExprKind kind) const {
    for (uint32_t i = 0; i < file_->NumExprs(); ++i) {
      ast::ExprId e(i);
      Pos p = file_->PosOf(e);
      if (p.line == line && p.col == col && file_->Kind(e) == kind) return e;
    }
    ADD_FAILURE() << "no expression at " << line << ":" << col;
    return ast::ExprId();
  }
  const ExprInfo& Info(ast::ExprId e) const { return pkg_->Expr(*file_, e); }
  const ExprInfo& Info(uint32_t line, const std::string& text) const {
    return Info(Find(line, text));
  }
  std::string Type(TypeId t) const {
    return prog_.TypeString(t, types::TypeStyle::kTypes2, pkg_->Id());
  }
  const CallInfo& Call(uint32_t line, const std::string& text) const {
    return pkg_->Calls()[Info(line, text).detail];
  }
  const Selection& Sel(uint32_t line, const std::string& text) const {
    return pkg_->Selections()[Info(line, text).detail];
  }
  ObjectId Lookup(const std::string& name) const { return pkg_->Lookup(name); }
  const FuncInfo* FuncNamed(const std::string& name) const {
    for (const FuncInfo& f : pkg_->Funcs()) {
      if (f.name == name) return &f;
    }
    return nullptr;
  }
  std::string Errors() const {
    std::string out;
    for (const Diagnostic& d : sink_.diags) {
      out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + "\n";
    }
    return out;
  }

  ast::Context ctx_;
  SourceSet sources_;
  CollectingSink sink_;
  Program prog_;
  stdlib::StdlibImporter importer_;
  std::unique_ptr<ast::File> file_;
  std::unique_ptr<Package> pkg_;
};

TEST(Check, ImplicitConversions) {
  Checked c(R"(package main

type I interface{ M() }
type T struct{}

func (T) M() {}

var sink interface{}

func f(i I, xs ...interface{}) {}

func main() {
	var t T
	var i I = t
	sink = 1
	var ch chan int
	var r <-chan int = ch
	f(t, 1, "a")
	m := map[interface{}]int{}
	m[3] = 1
	var err error
	sink = err
	_, _ = i, r
}
)");
  ASSERT_EQ(c.Errors(), "");
  EXPECT_EQ(c.Info(14, "t").conv.kind, ConvKind::kIface);
  EXPECT_EQ(c.Type(c.Info(14, "t").conv.to), "I");
  const ExprInfo& one = c.Info(15, "1");
  EXPECT_EQ(one.conv.kind, ConvKind::kIface);
  EXPECT_EQ(c.Type(one.conv.from), "int");  // the untyped constant's default type
  EXPECT_EQ(c.Type(one.type), "int");
  EXPECT_EQ(c.Info(17, "ch").conv.kind, ConvKind::kNop);
  EXPECT_EQ(c.Info(18, "t").conv.kind, ConvKind::kIface);
  EXPECT_EQ(c.Info(18, "\"a\"").conv.kind, ConvKind::kIface);
  const CallInfo& call = c.Call(18, "f(t, 1, \"a\")");
  EXPECT_EQ(call.kind, CallKind::kStatic);
  EXPECT_EQ(call.callee, c.Lookup("f"));
  EXPECT_EQ(call.variadic_from, 1);
  EXPECT_EQ(c.Type(call.variadic_slice), "[]interface{}");
  EXPECT_EQ(c.Info(20, "3").conv.kind, ConvKind::kIface);    // map key
  EXPECT_EQ(c.Info(22, "err").conv.kind, ConvKind::kIface);  // iface -> iface
  EXPECT_EQ(c.Info(23, "i").conv.kind, ConvKind::kNone);
}

TEST(Check, CallsAndSelections) {
  Checked c(R"(package main

type Inner struct{ v int }

func (in *Inner) Ptr() int { return in.v }
func (in Inner) Val() int  { return in.v }

type Outer struct {
	*Inner
	x int
}
type Val struct{ Inner }

func g() (int, string) { return 0, "" }
func h(int, string)     {}

func main() {
	o := Outer{Inner: &Inner{}}
	_ = o.v
	_ = o.Ptr()
	var v Val
	_ = v.Ptr()
	p := &v
	_ = p.Val()
	h(g())
	var e error
	_ = e.Error()
	fn := Inner.Val
	fv := v.Val
	_, _ = fn, fv
}
)");
  ASSERT_EQ(c.Errors(), "");
  const Selection& ov = c.Sel(19, "o.v");
  EXPECT_EQ(ov.kind, SelectionKind::kField);
  ASSERT_EQ(ov.path.size(), 2u);
  EXPECT_EQ(ov.path[0].field, 0u);
  EXPECT_FALSE(ov.path[0].deref);
  EXPECT_TRUE(ov.path[1].deref);  // through the embedded *Inner
  EXPECT_TRUE(ov.indirect);
  const CallInfo& optr = c.Call(20, "o.Ptr()");
  EXPECT_EQ(optr.kind, CallKind::kMethod);
  EXPECT_EQ(optr.recv_adjust, RecvAdjust::kNone);
  EXPECT_EQ(c.Call(22, "v.Ptr()").recv_adjust, RecvAdjust::kAddr);
  const Selection& pval = c.Sel(24, "p.Val");
  ASSERT_EQ(pval.path.size(), 1u);
  EXPECT_TRUE(pval.path[0].deref);
  EXPECT_EQ(pval.recv_adjust, RecvAdjust::kNone);
  EXPECT_TRUE(c.Call(25, "h(g())").tuple_arg);
  EXPECT_EQ(c.Call(27, "e.Error()").kind, CallKind::kInterfaceMethod);
  EXPECT_EQ(c.Sel(28, "Inner.Val").kind, SelectionKind::kMethodExpr);
  EXPECT_EQ(c.Type(c.Info(28, "Inner.Val").type), "func(Inner) int");
  EXPECT_EQ(c.Sel(29, "v.Val").kind, SelectionKind::kMethodVal);
}

TEST(Check, CompositeLiteralsRangesAndSwitches) {
  Checked c(R"(package main

type P struct{ X, Y int }

func main() {
	ps := []*P{{1, 2}, {Y: 3}}
	arr := [...]string{2: "c", 0: "a"}
	for i, p := range ps {
		_, _ = i, p
	}
	for k := range map[string]bool{} {
		_ = k
	}
	var x interface{} = 1
	switch v := x.(type) {
	case int:
		_ = v
	case string, bool:
		_ = v
	}
	_ = arr
}
)");
  ASSERT_EQ(c.Errors(), "");
  const auto& lits = c.pkg_->CompositeLits();
  ast::ExprId y3 = c.At(6, 21, ast::ExprKind::CompositeLit);
  ASSERT_TRUE(y3.Valid());
  const CompositeLitInfo& elided = lits[c.Info(y3).detail];
  EXPECT_TRUE(elided.elided_addr);
  EXPECT_EQ(c.Type(elided.type), "P");
  EXPECT_EQ(elided.index, (std::vector<int64_t>{1}));  // field Y
  EXPECT_EQ(c.Type(c.Info(y3).type), "*P");
  const CompositeLitInfo& arr = lits[c.Info(7, "[...]string{…}").detail];
  EXPECT_EQ(arr.array_len, 3);
  EXPECT_EQ(arr.index, (std::vector<int64_t>{2, 0}));
  ASSERT_EQ(c.pkg_->Ranges().size(), 2u);
  EXPECT_EQ(c.pkg_->Ranges()[0].kind, RangeKind::kSlice);
  EXPECT_EQ(c.Type(c.pkg_->Ranges()[0].value_type), "*P");
  EXPECT_EQ(c.prog_.Obj(c.pkg_->Ranges()[0].value_obj).form, VarForm::kRange);
  EXPECT_EQ(c.pkg_->Ranges()[1].kind, RangeKind::kMap);
  // One implicit object per type switch clause.
  int clauses = 0;
  for (uint32_t i = 0; i < c.file_->NumStmts(); ++i) {
    ast::StmtId s(i);
    if (c.file_->Kind(s) != ast::StmtKind::CaseClause) continue;
    const StmtInfo& si = c.pkg_->Stmt(*c.file_, s);
    ASSERT_TRUE(si.obj.Valid());
    EXPECT_EQ(c.prog_.Obj(si.obj).form, VarForm::kTypeSwitch);
    EXPECT_EQ(c.Type(si.type), clauses == 0 ? "int" : "interface{}");
    ++clauses;
  }
  EXPECT_EQ(clauses, 2);
}

TEST(Check, ClosuresLabelsAndVariables) {
  Checked c(R"(package main

var a0, b0 = pair()
var z = a0 + 1

func pair() (int, int) { return 1, 2 }

func outer() (r int) {
	a, b := 1, 2
	var u int
	var w = 3
	f := func() int {
		g := func() int { return b + a }
		return a + g()
	}
L:
	for {
		break L
	}
	return f() + u + w
}

func main() { outer() }
)");
  ASSERT_EQ(c.Errors(), "");
  const FuncInfo* f1 = c.FuncNamed("outer.func1");
  const FuncInfo* f11 = c.FuncNamed("outer.func1.1");
  ASSERT_TRUE(f1 && f11);
  ASSERT_EQ(f11->captures.size(), 2u);
  EXPECT_EQ(c.prog_.Obj(f11->captures[0]).name, "b");
  ASSERT_EQ(f1->captures.size(), 2u);
  EXPECT_EQ(c.prog_.Obj(f1->captures[0]).name, "b");  // via the inner literal, first
  EXPECT_EQ(c.prog_.Obj(f1->captures[1]).name, "a");
  EXPECT_TRUE(c.prog_.Obj(f1->captures[1]).captured);
  const FuncInfo* outer = c.FuncNamed("outer");
  ASSERT_TRUE(outer);
  std::string forms;
  for (ObjectId l : outer->locals) {
    const Object& o = c.prog_.Obj(l);
    forms += o.name.str() + ":" + std::to_string(static_cast<int>(o.form)) + " ";
  }
  // r (result), a and b (:=), u (var x T), w (var x = v), f (:=).
  EXPECT_EQ(forms, "r:0 a:3 b:3 u:1 w:2 f:3 ");
  EXPECT_EQ(c.prog_.Obj(outer->locals[0]).role, VarRole::kResult);
  EXPECT_TRUE(c.prog_.Obj(outer->locals[0]).named);
  // break L targets the for statement.
  for (uint32_t i = 0; i < c.file_->NumStmts(); ++i) {
    ast::StmtId s(i);
    if (c.file_->Kind(s) != ast::StmtKind::BranchStmt) continue;
    ast::StmtId target = c.pkg_->Stmt(*c.file_, s).target;
    ASSERT_TRUE(target.Valid());
    EXPECT_EQ(c.file_->Kind(target), ast::StmtKind::ForStmt);
  }
  // Initialization order: the n:1 declaration once, then z.
  ASSERT_EQ(c.pkg_->InitOrder().size(), 2u);
  EXPECT_EQ(c.pkg_->InitOrder()[0].lhs.size(), 2u);
  EXPECT_EQ(c.prog_.Obj(c.pkg_->InitOrder()[1].lhs[0]).name, "z");
}

TEST(Check, MethodSetsAndStubs) {
  Checked c(R"(package main

import "strings"

type B struct{ strings.Builder }

func (b *B) Reset2() {}
func (b B) Len2() int { return 0 }

func main() {
	var b B
	b.WriteString("x")
}
)");
  ASSERT_EQ(c.Errors(), "");
  TypeId bt = c.prog_.Obj(c.Lookup("B")).type;
  std::string value, ptr;
  for (ObjectId m : MethodSet(c.prog_, bt, c.pkg_->Id())) value += c.prog_.Obj(m).name.str() + " ";
  for (ObjectId m : MethodSet(c.prog_, c.prog_.Types().NewPointer(bt), c.pkg_->Id())) {
    ptr += c.prog_.Obj(m).name.str() + " ";
  }
  EXPECT_EQ(value, "Len2 ");  // strings.Builder's methods all have pointer receivers
  EXPECT_EQ(ptr, "Cap Grow Len Len2 Reset Reset2 String Write WriteByte WriteRune WriteString ");
  const CallInfo& call = c.Call(12, "b.WriteString(\"x\")");
  EXPECT_EQ(call.recv_adjust, RecvAdjust::kAddr);
  const Object& m = c.prog_.Obj(call.callee);
  EXPECT_TRUE(m.has_escape);
  ASSERT_EQ(m.escape.size(), 2u);  // receiver b, parameter s
  EXPECT_EQ(m.escape[0].name, "b");
  EXPECT_EQ(m.escape[0].heap, 1);  // summaries.golden: b heap=1
  EXPECT_EQ(m.escape[1].name, "s");
  EXPECT_EQ(c.prog_.Layout().Size(bt), 32);
}

TEST(Check, ErrorsInTypes2Order) {
  Checked c(R"(package main

import "os"

func f() int {
	x := 1
	return "s"
}

var g int = "global"
)");
  // Package-level declarations are checked before function bodies; unused
  // variables at the end of each body; unused imports last.
  EXPECT_EQ(c.Errors(),
            "10:13: cannot use \"global\" (untyped string constant) as int value in variable "
            "declaration\n"
            "7:9: cannot use \"s\" (untyped string constant) as int value in return statement\n"
            "6:2: x declared but not used\n"
            "3:8: imported and not used: \"os\"\n");
  EXPECT_TRUE(c.pkg_->HasErrors());
}

// ReadFile returns a file's bytes ("" if it cannot be read).
std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// CheckAsGc checks DIR/REL (named REL in messages) with CheckOptions::lang
// = lang and returns what gc prints with -C -e.
std::string CheckAsGc(const std::string& dir, const std::string& rel, const std::string& lang) {
  std::string out;
  llvm::raw_string_ostream os(out);
  SourceSet sources;
  GcErrorSink::Options so;
  so.columns = false;
  so.no_limit = true;
  {
    GcErrorSink sink(sources, os, so);
    ast::Context ctx;
    uint32_t idx = sources.Add(rel, ReadFile(dir + "/" + rel));
    parse::ParseResult parsed = parse::ParseFile(sources.Get(idx), ctx, sink);
    Program prog(ctx);
    stdlib::StdlibImporter importer(sources, sink);
    prog.SetImporter(&importer);
    CheckOptions opts;
    opts.lang = lang;
    opts.format_pos = [&sources](Pos p) {
      return sources.Get(p.file).Path().str() + ":" + std::to_string(p.line) + ":" +
             std::to_string(p.col);
    };
    const ast::File* files[] = {parsed.file.get()};
    if (parsed.file) CheckPackage(prog, files, sink, opts);
    sink.Flush();
  }
  return os.str();
}

// The goldens of lang/ are go1.19's output (lang/regen.sh).
std::string LangDir() {
  std::string here = __FILE__;
  return here.substr(0, here.rfind('/')) + "/lang";
}

TEST(CheckLang, FeaturesNewerThanLangAreErrorsAsInGc) {
  for (const char* v : {"go1.8", "go1.12", "go1.13", "go1.16", "go1.17", "go1.19"}) {
    std::string want = ReadFile(LangDir() + "/lang." + v + ".err");
    ASSERT_FALSE(want.empty()) << v;
    EXPECT_EQ(CheckAsGc(LangDir(), "lang.go", v), want) << "-lang=" << v;
  }
}

TEST(CheckLang, GoTestSuiteLangFiles) {
  const std::string suite = "/usr/share/go-1.19/test";
  if (ReadFile(suite + "/run.go").empty()) GTEST_SKIP() << "no go1.19 test suite";
  const char* files[][2] = {
      {"fixedbugs/bug195.go", "go1.17"},     {"fixedbugs/issue10975.go", "go1.17"},
      {"fixedbugs/issue11614.go", "go1.17"}, {"fixedbugs/issue31747.go", "go1.12"},
      {"fixedbugs/issue34329.go", "go1.13"}, {"fixedbugs/issue46525.go", "go1.16"},
      {"fixedbugs/issue49368.go", "go1.17"}, {"fixedbugs/issue55889.go", "go1.17"},
  };
  for (const auto& [file, lang] : files) {
    std::string golden = file;
    for (char& c : golden) {
      if (c == '/') c = '_';
    }
    std::string want = ReadFile(LangDir() + "/suite." + golden + "." + lang + ".err");
    EXPECT_EQ(CheckAsGc(suite, file, lang), want) << file;
  }
}

}  // namespace
}  // namespace goescape::check
