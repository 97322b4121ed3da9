package p

// Variables over 10 MB, and new/make over 64 KB, always go to the heap.
func bigVar() byte {
	var buf [10<<20 + 1]byte
	return buf[0]
}

func bigNew() *[65537]byte {
	return new([65537]byte)
}

func bigMake() int {
	s := make([]int64, 8193)
	return len(s)
}

// Exactly at the limits: stays on the stack.
func fits() int {
	s := make([]byte, 64<<10)
	return len(s)
}

// RUN: cd %S && %goescape --explain -l too_large.go > %t
// RUN: python3 %S/check_facts.py %t %S/too_large.gc.txt
// RUN: cd %S && %goescape -m=2 -l too_large.go | diff %S/too_large.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: too_large.go:5:6: moved to heap: buf
// CHECK: 1. `buf` is too large for the stack (size 10485761 bytes > 10 MB, the limit for variables) (too large for stack)
// CHECK: too_large.go:10:12: new([65537]byte) escapes to heap
// CHECK: root cause: too large for the stack: size 65537 bytes > 64 KB, the limit for new, &T{...}, make and closures (too large for stack)
// CHECK: too_large.go:14:11: make([]int64, 8193) escapes to heap
// CHECK: size 65544 bytes > 64 KB
// CHECK-NOT: 64 << 10
