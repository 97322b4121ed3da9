package p

var all []*int

// Appended values are treated as heap-stored.
func add(s []*int) []*int {
	x := 1
	return append(s, &x)
}

// The slice appended to leaks its contents (and to the result).
func grow(s []*int, p *int) []*int {
	return append(s, p)
}

// Appending to a global slice.
func register() {
	y := 2
	all = append(all, &y)
}

// RUN: cd %S && %goescape --explain -l append_leak.go > %t
// RUN: python3 %S/check_facts.py %t %S/append_leak.gc.txt
// RUN: cd %S && %goescape -m=2 -l append_leak.go | diff %S/append_leak.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: append_leak.go:7:2: moved to heap: x
// CHECK: `append(s, &x)` appends it to a slice, and appended values count as stored on the heap (call parameter)
// CHECK: root cause: appended to a slice by `append(s, &x)` (line 8)
// CHECK: leaking parameters (why callers of add may allocate):
// CHECK: append_leak.go:6:10: leaking param content: s
// CHECK-NEXT: append_leak.go:6:10: leaking param: s to result ~r0 level=0
// CHECK: to the heap (derefs=1): what `s` points to is stored on the heap
// CHECK: 2. `append(s, &x)` may copy the elements of the slice into a new backing array, which counts as heap memory (appendee slice)
// CHECK: to the result ~r0 (level=0): `s` itself is returned
// CHECK: root cause: returned from add as its result ~r0; whether the argument escapes is decided at each call site
// CHECK: append_leak.go:12:21: leaking param: p
// CHECK: append_leak.go:18:2: moved to heap: y
// CHECK: root cause: appended to a slice by `append(all, &y)` (line 19)
