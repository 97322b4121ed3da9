package p

import "fmt"

var sink interface{}

// The concatenation and its conversion to an interface: two allocations.
func show(a, b string) {
	fmt.Println(a + b)
}

func keep(a, b string) {
	sink = a + b
}

func bytes(s string) []byte {
	return []byte(s)
}

// RUN: cd %S && %goescape --explain -l string_concat.go > %t
// RUN: python3 %S/check_facts.py %t %S/string_concat.gc.txt
// RUN: cd %S && %goescape -m=2 -l string_concat.go | diff %S/string_concat.gc.txt -
// RUN: FileCheck %s --input-file=%t

// fmt.Println(a + b): the string and its interface copy, both at the "+".
// CHECK: string_concat.go:9:16: a + b escapes to heap
// CHECK: what: the copy of `a + b` made to convert it to an interface
// CHECK: string_concat.go:9:16: a + b escapes to heap
// CHECK: what: the string built by the concatenation `a + b`
// CHECK: 1. `a + b` allocates the concatenated string (spill); it is converted to an interface, whose copy of the value holds it (interface-converted)
// CHECK: -> the interface's copy of `a + b` is itself on the heap (a + b escapes to heap, string_concat.go:9:16), because:
// CHECK: root cause: held by the interface's copy of `a + b`, which is passed to `fmt.Println` (line 9)
// CHECK: string_concat.go:13:2: a + b escapes to heap
// CHECK: string_concat.go:13:11: a + b escapes to heap
// CHECK: string_concat.go:17:15: ([]byte)(s) escapes to heap
// CHECK: what: the result of the conversion `([]byte)(s)`
