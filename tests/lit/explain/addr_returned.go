package p

// The address of a local, of a parameter and of a named result returned.
func local() *int {
	x := 1
	return &x
}

func param(y int) *int {
	return &y
}

func named() (r int, p *int) {
	p = &r
	return
}

// Only dereferenced: stays on the stack.
func deref() int {
	z := 2
	q := &z
	return *q
}

// RUN: cd %S && %goescape --explain -l addr_returned.go > %t
// RUN: python3 %S/check_facts.py %t %S/addr_returned.gc.txt
// RUN: cd %S && %goescape -m=2 -l addr_returned.go | diff %S/addr_returned.gc.txt -
// RUN: FileCheck %s --input-file=%t

// The layout, in full for one entry.
// CHECK:      addr_returned.go: 3 heap allocations, in 3 functions
// CHECK-EMPTY:
// CHECK-NEXT: func local (addr_returned.go:4:6)
// CHECK-EMPTY:
// CHECK-NEXT:   addr_returned.go:5:2: moved to heap: x
// CHECK-NEXT:      5 | x := 1
// CHECK-NEXT:        | ^
// CHECK-NEXT:     what: the local variable `x` of local
// CHECK-NEXT:     why:
// CHECK-NEXT:       1. `&x` takes the address of `x` (address-of); `return &x` returns it from local as its result ~r0 (return)
// CHECK-NEXT:             6 | return &x
// CHECK-NEXT:               |        ^
// CHECK-NEXT:     root cause: returned from local (line 6): a function's results outlive its stack frame, so what they point to must be on the heap
// CHECK-EMPTY:
// CHECK-NEXT: func param (addr_returned.go:9:6)
// CHECK:        addr_returned.go:9:12: moved to heap: y
// CHECK:          what: the parameter `y` of param (gc copies it to the heap when param starts)
// CHECK:          root cause: returned from param (line 10)
// CHECK:      func named (addr_returned.go:13:6)
// CHECK:        addr_returned.go:13:15: moved to heap: r
// CHECK:          what: the result `r` of named
// CHECK:            1. `&r` takes the address of `r` (address-of); `p = &r` stores it in the result p of named (assign)
// CHECK:          root cause: stored in the result p of named (line 14), which named returns
// CHECK-NOT:  deref
