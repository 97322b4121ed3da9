// source_test.cpp: SourceFile positions, offsets and line bases.
#include "frontend/base/source.h"

#include <gtest/gtest.h>

namespace goescape {
namespace {

TEST(SourceFile, PositionsAreByteColumns) {
  SourceSet sources;
  const SourceFile& f = sources.Get(sources.Add("a.go", "ab\n\tcé\nx"));
  EXPECT_EQ(f.NumLines(), 3u);
  EXPECT_EQ(f.PosAt(4).line, 2u);
  EXPECT_EQ(f.PosAt(4).col, 2u);
  EXPECT_EQ(f.PosAt(7).col, 5u);  // the newline, after the 2-byte é
  EXPECT_EQ(f.OffsetOf(Pos{1, 2, 2}), 4u);
  EXPECT_EQ(f.LineText(2), "\tcé");
}

TEST(SourceFile, OffsetOfClampsOutOfRangePositions) {
  SourceSet sources;
  const SourceFile& f = sources.Get(sources.Add("a.go", "ab\ncd"));
  EXPECT_EQ(f.OffsetOf(Pos{1, 2, 400}), 5u);  // past the end of the file
  EXPECT_EQ(f.OffsetOf(Pos{1, 9, 1}), 5u);
  EXPECT_EQ(f.OffsetOf(Pos{1, 2, 0}), 3u);
}

TEST(SourceFile, BaseIndexFollowsLineDirectives) {
  SourceSet sources;
  const SourceFile& f =
      sources.Get(sources.Add("a.go", "a\n//line b.go:5\nc\nd /*line e.go:1:1*/ f\n"));
  EXPECT_EQ(f.BaseIndex(Pos{1, 1, 1}), 0u);
  LineBase b1;
  b1.from = 15;
  b1.filename = "b.go";
  LineBase b2;
  b2.from = 37;
  b2.filename = "e.go";
  f.SetLineBases({b1, b2});
  EXPECT_EQ(f.BaseIndex(Pos{1, 1, 1}), 0u);
  EXPECT_EQ(f.BaseIndex(Pos{1, 2, 3}), 0u);  // inside the directive itself
  EXPECT_EQ(f.BaseIndex(Pos{1, 3, 1}), 1u);
  EXPECT_EQ(f.BaseIndex(Pos{1, 4, 1}), 1u);
  EXPECT_EQ(f.BaseIndex(Pos{1, 4, 21}), 2u);
}

}  // namespace
}  // namespace goescape
