package p

// A counter closure: n is captured by reference and the closure is returned.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// Captured by value (never reassigned): the closure escapes, n stays.
func adder(k int) func(int) int {
	return func(v int) int { return v + k }
}

// A closure called in place does not escape.
func inPlace() int {
	m := 0
	func() { m++ }()
	return m
}

// RUN: cd %S && %goescape --explain -l closure_ref.go > %t
// RUN: python3 %S/check_facts.py %t %S/closure_ref.gc.txt
// RUN: cd %S && %goescape -m=2 -l closure_ref.go | diff %S/closure_ref.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: closure_ref.go:5:2: moved to heap: n
// CHECK: 1. the closure counter.func1 captures `n` by reference, so it holds `n`'s address (captured by a closure, reference)
// CHECK-NEXT: 7 | n++
// CHECK-NEXT:   | ^
// CHECK-NEXT: -> the closure counter.func1 is itself on the heap (func literal escapes to heap, closure_ref.go:6:9), because:
// CHECK-NEXT: 2. the func literal counter.func1 allocates a closure (spill); `return func literal` returns it from counter as its result ~r0 (return)
// CHECK: root cause: captured by reference by the closure counter.func1, which is returned from counter (line 6)
// CHECK: closure_ref.go:6:9: func literal escapes to heap
// CHECK: what: a closure (the func literal counter.func1)
// CHECK: closure_ref.go:14:9: func literal escapes to heap
// CHECK: root cause: returned from adder (line 14)
// The int k is captured by value and has no pointers: gc reports no leak.
// CHECK-NOT: leaking param
// CHECK-NOT: func inPlace
