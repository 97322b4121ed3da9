package p

// Functions without a body (assembly, //go:linkname): gc assumes their
// pointer parameters escape, unless they are marked //go:noescape.
func store(p *int, n uintptr)

//go:noescape
func peek(p *int) int

func callers() int {
	x, y := 1, 2
	store(&x, 0)
	return peek(&y)
}

// RUN: cd %S && %goescape --explain -l bodyless.go > %t
// RUN: python3 %S/check_facts.py %t %S/bodyless.gc.txt
// RUN: cd %S && %goescape -m=2 -l bodyless.go | diff %S/bodyless.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: func store (bodyless.go:5:6), declared without a body
// CHECK: bodyless.go:5:12: leaking param: p
// CHECK: root cause: store is declared without a body (implemented in assembly or linked in with //go:linkname): gc cannot analyse it, so it assumes every pointer parameter escapes
// CHECK-NOT: leaking param: n
// CHECK: bodyless.go:11:2: moved to heap: x
// CHECK: root cause: passed to `store` (line 12), whose parameter leaks to the heap (see store's leaking parameters, bodyless.go:5:6)
// CHECK-NOT: moved to heap: y
