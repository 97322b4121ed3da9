package p

type T struct{ p *int }

var gp *int
var gt T

// Stored directly in a package-level variable, and in a field of one.
func direct() {
	x := 1
	gp = &x
}

func field() {
	y := 2
	gt.p = &y
}

// Copied through two locals first.
func copied() {
	z := 3
	a := &z
	b := a
	gp = b
}

// RUN: cd %S && %goescape --explain -l global_store.go > %t
// RUN: python3 %S/check_facts.py %t %S/global_store.gc.txt
// RUN: cd %S && %goescape -m=2 -l global_store.go | diff %S/global_store.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: global_store.go:10:2: moved to heap: x
// CHECK: `gp = &x` stores it in the package-level variable `gp`, i.e. on the heap (assign)
// CHECK: root cause: stored in the package-level variable `gp` (line 11): package-level variables live on the heap
// CHECK: global_store.go:15:2: moved to heap: y
// CHECK: root cause: stored in `gt.p`, part of the package-level variable `gt` (line 16)
// CHECK: global_store.go:21:2: moved to heap: z
// CHECK-NEXT:  21 | z := 3
// CHECK: 1. `&z` takes the address of `z` (address-of); `a := &z` stores it in `a` (assign)
// CHECK: 2. `b := a` stores `a` in `b` (assign)
// CHECK: 3. `gp = b` stores it in the package-level variable `gp`, i.e. on the heap (assign)
// CHECK-NEXT: 24 | gp = b
// CHECK-NEXT:    |    ^
// CHECK: root cause: stored in the package-level variable `gp` (line 24)
