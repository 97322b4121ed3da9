// type_string.h: the two ways goescape prints types.
//
//   * kTypes2: types2's TypeString, used in type-checking errors:
//     `interface{}`, `any`, `struct{a int; b int}`, `func(int) string`,
//     `interface{M(); io.Reader}` (explicit methods, then embedded types),
//     named types qualified through a Qualifier (types2 qualifies types of
//     other packages by package name; the checked package is unqualified).
//   * kGc: gc's ir/fmt rendering used by -m output: `interface {}`, `any`
//     when spelled so, `struct { a int "tag"; T; p *int }`,
//     `func(int, ...string) (int, error)` (never parameter names),
//     `interface { M(int) string; main.m() }` (the complete method set,
//     unexported methods qualified by package path), named types of the
//     local package unqualified, others qualified by package name.
//
// Function types carry no parameter names (see types.h); WriteSignature
// takes them separately for printing declared functions and methods.
#ifndef GOESCAPE_FRONTEND_TYPES_TYPE_STRING_H_
#define GOESCAPE_FRONTEND_TYPES_TYPE_STRING_H_

#include <functional>
#include <string>

#include "frontend/types/types.h"

namespace goescape::types {

/// TypeStyle selects the printer.
enum class TypeStyle : uint8_t { kTypes2, kGc };

/// Qualifier returns the prefix for a named type of package pkg ("" for
/// none; the printer adds the "."). A null qualifier qualifies every
/// package by its name.
using Qualifier = std::function<std::string(PackageId)>;

/// TypeString renders t.
std::string TypeString(const TypeStore& store, TypeId t, TypeStyle style,
                       const Qualifier& qf = nullptr);

/// WriteSignature renders a signature's parameter and result lists (no
/// "func" keyword) with the given names (empty names omitted; in the
/// types2 style only), e.g. "(p []byte) (n int, err error)".
std::string SignatureString(const TypeStore& store, TypeId sig, TypeStyle style,
                            const Qualifier& qf, llvm::ArrayRef<llvm::StringRef> param_names,
                            llvm::ArrayRef<llvm::StringRef> result_names);

}  // namespace goescape::types

#endif  // GOESCAPE_FRONTEND_TYPES_TYPE_STRING_H_
