package p

var sink *int

// p flows to the result: callers decide whether it escapes.
func identity(p *int) *int {
	return p
}

// What pp points to flows to the result (level=1).
func first(pp **int) *int {
	return *pp
}

// The caller lets identity's result escape, so its x is moved to the heap.
func caller() {
	x := 1
	sink = identity(&x)
}

// This caller keeps the result local: y stays on the stack.
func quiet() int {
	y := 2
	return *identity(&y)
}

// RUN: cd %S && %goescape --explain -l param_result.go > %t
// RUN: python3 %S/check_facts.py %t %S/param_result.gc.txt
// RUN: cd %S && %goescape -m=2 -l param_result.go | diff %S/param_result.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: func identity (param_result.go:6:6)
// CHECK: param_result.go:6:15: leaking param: p to result ~r0 level=0
// CHECK: to the result ~r0 (level=0): `p` itself is returned, so a caller's argument escapes only if the caller lets the result escape:
// CHECK: 1. `return p` returns `p` from identity as its result ~r0 (return)
// CHECK: param_result.go:11:12: leaking param: pp to result ~r0 level=1
// CHECK: to the result ~r0 (level=1): what `pp` points to is returned
// CHECK: 1. `*pp` dereferences `pp` (indirection); `return *pp` returns it from first as its result ~r0 (return)
// CHECK: param_result.go:17:2: moved to heap: x
// CHECK: `identity(&x)` passes it to `identity`, which returns it (call parameter); `sink = identity(&x)` stores it in the package-level variable `sink`
// CHECK-NOT: moved to heap: y
