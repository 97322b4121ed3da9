package p

import "fmt"

type S struct{ a, b int }

var sink interface{}

// Non-pointer values converted to interfaces are copied to the heap.
func assign(n int) {
	sink = n
}

func printIt(s S) {
	fmt.Println(s)
}

func explicit(f float64) {
	sink = any(f)
}

// A pointer fits in an interface without a copy; what it points to escapes.
func pointer() {
	t := &S{}
	sink = t
}

// RUN: cd %S && %goescape --explain -l iface_conv.go > %t
// RUN: python3 %S/check_facts.py %t %S/iface_conv.gc.txt
// RUN: cd %S && %goescape -m=2 -l iface_conv.go | diff %S/iface_conv.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: iface_conv.go:11:2: n escapes to heap
// CHECK: what: the copy of `n` made to convert it to an interface (interface-converted
// CHECK: converting `n` to an interface allocates a copy of it (spill); `sink = n` stores it in the package-level variable `sink`
// CHECK: iface_conv.go:15:13: s escapes to heap
// CHECK: 1. converting `s` to an interface allocates a copy of it (spill); it is put into the slice of variadic arguments (`...`) (slice-literal-element)
// CHECK: 2. the call allocates a slice for its variadic arguments (`...`) (spill); `fmt.Println(... argument...)` passes it to `fmt.Println`, which stores what its parameter points to on the heap (its parameter's content leaks) (call parameter)
// CHECK: root cause: passed to `fmt.Println` (line 15), which stores what its parameter points to on the heap
// CHECK: iface_conv.go:19:12: any(f) escapes to heap
// CHECK: what: the copy of `f` made by the conversion `any(f)`
// CHECK: iface_conv.go:24:7: &S{} escapes to heap
// CHECK: what: a new S, allocated by the composite literal `&S{}`
// CHECK: 1. `&S{}` allocates a new S (spill); `t := &S{}` stores it in `t` (assign)
// CHECK: 2. `t` is converted to an interface (interface-converted); `sink = t` stores it in the package-level variable `sink`
// CHECK: root cause: stored in the package-level variable `sink` (line 25)
