// Tests for frontend/types/types.h and type_string.h: interning, canonical
// identity across spellings, lazy named types, predicates, printers.
#include "frontend/types/types.h"

#include "frontend/types/type_string.h"
#include "gtest/gtest.h"

namespace goescape::types {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  TypeId B(BasicKind k) { return ts.Basic(k); }
  std::string Qual(PackageId p) { return p == main ? std::string() : ts.Package(p).name.str(); }
  std::string T2(TypeId t) {
    return TypeString(ts, t, TypeStyle::kTypes2, [this](PackageId p) { return Qual(p); });
  }
  std::string Gc(TypeId t) {
    return TypeString(ts, t, TypeStyle::kGc, [this](PackageId p) { return Qual(p); });
  }
  TypeStore ts;
  PackageId main = ts.AddPackage("main", "main");
  PackageId io = ts.AddPackage("io", "io");
};

TEST_F(TypesTest, StructuralTypesAreInterned) {
  TypeId a = ts.NewSlice(ts.NewMap(B(BasicKind::kString), B(BasicKind::kInt)));
  TypeId b = ts.NewSlice(ts.NewMap(B(BasicKind::kString), B(BasicKind::kInt)));
  EXPECT_EQ(a, b);
  FieldInfo x{"x", main, B(BasicKind::kInt), "", false};
  EXPECT_EQ(ts.NewStruct({x}), ts.NewStruct({x}));
  FieldInfo tagged = x;
  tagged.tag = "json:\"x\"";
  EXPECT_NE(ts.NewStruct({x}), ts.NewStruct({tagged}));
  EXPECT_TRUE(ts.IdenticalIgnoreTags(ts.NewStruct({x}), ts.NewStruct({tagged})));
  FieldInfo other_pkg = x;
  other_pkg.pkg = io;  // unexported names are per package
  EXPECT_FALSE(ts.Identical(ts.NewStruct({x}), ts.NewStruct({other_pkg})));
}

TEST_F(TypesTest, SpellingsShareOneIdentity) {
  TypeId bytes = ts.NewSlice(B(BasicKind::kByte));
  TypeId uint8s = ts.NewSlice(B(BasicKind::kUint8));
  EXPECT_NE(bytes, uint8s);
  EXPECT_TRUE(ts.Identical(bytes, uint8s));
  EXPECT_EQ(ts.Canon(bytes), uint8s);
  EXPECT_TRUE(ts.Identical(ts.NewSlice(ts.Any()), ts.NewSlice(ts.EmptyInterface())));
  EXPECT_EQ(T2(bytes), "[]byte");
  EXPECT_EQ(T2(ts.NewSlice(ts.Any())), "[]any");
  EXPECT_EQ(Gc(ts.NewSlice(ts.EmptyInterface())), "[]interface {}");
  // interface{ Reader } vs interface{ Read(...) }.
  TypeId sig = ts.NewSignature(ts.NewTuple({bytes}),
                               ts.NewTuple({B(BasicKind::kInt), B(BasicKind::kString)}), false);
  TypeId reader_iface = ts.NewInterface({MethodInfo{"Read", PackageId(), sig, ObjectId()}}, {});
  TypeId reader = ts.NewNamed("Reader", io, ObjectId(), false);
  ts.SetRhs(reader, reader_iface);
  TypeId embedding = ts.NewInterface({}, {reader});
  EXPECT_NE(embedding, reader_iface);
  EXPECT_TRUE(ts.Identical(embedding, reader_iface));
  EXPECT_EQ(T2(embedding), "interface{io.Reader}");
  EXPECT_EQ(Gc(embedding), "interface { Read([]byte) (int, string) }");
}

TEST_F(TypesTest, NamedTypesResolveLazily) {
  TypeId a = ts.NewNamed("A", main, ObjectId(), false);
  TypeId b = ts.NewNamed("B", main, ObjectId(), false);
  ts.SetRhs(a, b);  // type A B, B not yet declared
  EXPECT_EQ(ts.Underlying(a), ts.Invalid());
  TypeId st = ts.NewStruct({FieldInfo{"next", main, ts.NewPointer(a), "", false}});
  ts.SetRhs(b, st);
  EXPECT_EQ(ts.Underlying(a), st);
  EXPECT_FALSE(ts.Identical(a, b));
  EXPECT_EQ(T2(st), "struct{next *A}");
  EXPECT_EQ(Gc(st), "struct { next *A }");
}

TEST_F(TypesTest, Predicates) {
  TypeId f = ts.NewSignature(ts.EmptyTuple(), ts.EmptyTuple(), false);
  EXPECT_FALSE(ts.Comparable(ts.NewSlice(B(BasicKind::kInt))));
  EXPECT_FALSE(ts.Comparable(ts.NewStruct({FieldInfo{"f", main, f, "", false}})));
  EXPECT_TRUE(ts.Comparable(ts.NewArray(ts.EmptyInterface(), 2)));
  EXPECT_TRUE(ts.HasNil(B(BasicKind::kUnsafePointer)));
  EXPECT_FALSE(ts.HasNil(B(BasicKind::kString)));
  EXPECT_EQ(ts.Default(B(BasicKind::kUntypedRune)), B(BasicKind::kRune));
  EXPECT_TRUE(ts.IsUntyped(B(BasicKind::kUntypedNil)));
  EXPECT_TRUE(ts.IsInteger(B(BasicKind::kByte)));
}

TEST_F(TypesTest, Printers) {
  TypeId params = ts.NewTuple({B(BasicKind::kInt), ts.NewSlice(B(BasicKind::kString))});
  TypeId results = ts.NewTuple({B(BasicKind::kInt), B(BasicKind::kBool)});
  TypeId sig = ts.NewSignature(params, results, true);
  EXPECT_EQ(T2(sig), "func(int, ...string) (int, bool)");
  EXPECT_EQ(Gc(sig), "func(int, ...string) (int, bool)");
  EXPECT_EQ(SignatureString(ts, sig, TypeStyle::kTypes2, nullptr, {"a", "b"}, {"n", "ok"}),
            "(a int, b ...string) (n int, ok bool)");
  TypeId ch = ts.NewChan(ts.NewChan(B(BasicKind::kInt), ChanDir::kRecv), ChanDir::kBoth);
  EXPECT_EQ(T2(ch), "chan (<-chan int)");
  EXPECT_EQ(T2(B(BasicKind::kUnsafePointer)), "unsafe.Pointer");
  EXPECT_EQ(T2(B(BasicKind::kUntypedFloat)), "untyped float");
  TypeId tagged = ts.NewStruct({FieldInfo{"a", main, B(BasicKind::kInt), "json:\"a\"", false}});
  EXPECT_EQ(T2(tagged), "struct{a int \"json:\\\"a\\\"\"}");
  EXPECT_EQ(Gc(tagged), "struct { a int \"json:\\\"a\\\"\" }");
  TypeId unexported = ts.NewInterface(
      {MethodInfo{"m", main, ts.NewSignature(ts.EmptyTuple(), ts.EmptyTuple(), false), ObjectId()}},
      {});
  EXPECT_EQ(Gc(unexported), "interface { main.m() }");
  EXPECT_EQ(Gc(ts.EmptyInterface()), "interface {}");
  EXPECT_EQ(T2(ts.EmptyInterface()), "interface{}");
}

}  // namespace
}  // namespace goescape::types
