// Tests for frontend/types/layout.h: gc's linux/amd64 sizes, alignments,
// offsets, pointer data and bitmaps, direct interfaces.
#include "frontend/types/layout.h"

#include "gtest/gtest.h"

namespace goescape::types {
namespace {

class LayoutTest : public ::testing::Test {
 protected:
  TypeId B(BasicKind k) { return ts.Basic(k); }
  TypeId Struct(std::vector<TypeId> fields) {
    std::vector<FieldInfo> fs;
    for (size_t i = 0; i < fields.size(); ++i) {
      fs.push_back(FieldInfo{ts.Intern("f" + std::to_string(i)), pkg, fields[i], "", false});
    }
    return ts.NewStruct(fs);
  }
  TypeStore ts;
  PackageId pkg = ts.AddPackage("main", "main");
  Layout layout{ts};
};

TEST_F(LayoutTest, BasicSizes) {
  EXPECT_EQ(layout.Size(B(BasicKind::kString)), 16);
  EXPECT_EQ(layout.Size(ts.NewSlice(B(BasicKind::kInt8))), 24);
  EXPECT_EQ(layout.Size(ts.EmptyInterface()), 16);
  EXPECT_EQ(layout.Size(B(BasicKind::kComplex64)), 8);
  EXPECT_EQ(layout.Align(B(BasicKind::kComplex64)), 4);
  EXPECT_EQ(layout.Align(B(BasicKind::kComplex128)), 8);
  EXPECT_EQ(layout.Size(ts.NewArray(B(BasicKind::kInt32), 5)), 20);
  EXPECT_EQ(layout.Size(ts.NewArray(B(BasicKind::kInt32), 0)), 0);
}

TEST_F(LayoutTest, StructPadding) {
  TypeId empty = Struct({});
  // struct{bool; int64; string; struct{}}: 1 + pad 7 + 8 + 16 + trailing byte, rounded to 40.
  TypeId s = Struct({B(BasicKind::kBool), B(BasicKind::kInt64), B(BasicKind::kString), empty});
  EXPECT_EQ(layout.Size(s), 40);
  EXPECT_EQ(layout.Offsets(s), (std::vector<int64_t>{0, 8, 16, 32}));
  EXPECT_EQ(layout.Size(Struct({empty})), 0);  // zero-size field at offset 0: no padding
  EXPECT_EQ(layout.Size(Struct({B(BasicKind::kInt32), B(BasicKind::kBool)})), 8);
  EXPECT_EQ(layout.Align(Struct({B(BasicKind::kInt16), B(BasicKind::kBool)})), 2);
}

TEST_F(LayoutTest, PointersAndBitmaps) {
  TypeId s = Struct({B(BasicKind::kInt), ts.EmptyInterface(), B(BasicKind::kInt),
                     ts.NewPointer(B(BasicKind::kInt)), B(BasicKind::kInt)});
  EXPECT_TRUE(layout.HasPointers(s));
  EXPECT_EQ(layout.PtrDataSize(s), 40);
  std::vector<bool> bits;
  layout.PointerBitmap(s, bits);
  EXPECT_EQ(bits, (std::vector<bool>{false, false, true, false, true, false}));
  EXPECT_FALSE(layout.HasPointers(ts.NewArray(ts.NewPointer(B(BasicKind::kInt)), 0)));
  EXPECT_EQ(layout.PtrDataSize(ts.NewArray(B(BasicKind::kString), 3)), 40);
  EXPECT_EQ(layout.PtrDataSize(ts.NewSlice(B(BasicKind::kInt))), 8);
}

TEST_F(LayoutTest, DirectInterface) {
  TypeId ptr = ts.NewPointer(B(BasicKind::kInt));
  EXPECT_TRUE(layout.IsDirectIface(ptr));
  EXPECT_TRUE(layout.IsDirectIface(ts.NewMap(B(BasicKind::kInt), B(BasicKind::kInt))));
  EXPECT_TRUE(layout.IsDirectIface(Struct({ptr})));
  EXPECT_TRUE(layout.IsDirectIface(ts.NewArray(ptr, 1)));
  EXPECT_FALSE(layout.IsDirectIface(ts.NewArray(ptr, 2)));
  EXPECT_FALSE(layout.IsDirectIface(B(BasicKind::kString)));
  EXPECT_FALSE(layout.IsDirectIface(Struct({ptr, ptr})));
}

}  // namespace
}  // namespace goescape::types
