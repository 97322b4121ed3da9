package p

// make with a size known only at run time.
func buffer(n int) int {
	b := make([]byte, n)
	return len(b)
}

// A constant capacity is enough, even with a variable length.
func capped(n int) int {
	b := make([]byte, n, 16)
	return len(b)
}

// RUN: cd %S && %goescape --explain -l make_nonconst.go > %t
// RUN: python3 %S/check_facts.py %t %S/make_nonconst.gc.txt
// RUN: cd %S && %goescape -m=2 -l make_nonconst.go | diff %S/make_nonconst.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: make_nonconst.go:5:11: make([]byte, n) escapes to heap
// CHECK: what: the backing array of the slice made by `make([]byte, n)`
// CHECK: 1. `make([]byte, n)` has a non-constant size (`n` is not a constant), so its backing array is allocated on the heap (non-constant size)
// CHECK: root cause: allocated by `make([]byte, n)` with a size known only at run time (non-constant size)
// CHECK-NOT: make([]byte, n, 16)
