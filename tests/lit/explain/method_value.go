package p

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

// A method value is a closure binding its receiver.
func incrementer(c *Counter) func() {
	return c.Inc
}

// Used in place, it does not escape.
func twice(c *Counter) {
	f := c.Inc
	f()
	f()
}

// RUN: cd %S && %goescape --explain -l method_value.go > %t
// RUN: python3 %S/check_facts.py %t %S/method_value.gc.txt
// RUN: cd %S && %goescape -m=2 -l method_value.go | diff %S/method_value.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: method_value.go:9:10: c.Inc escapes to heap
// CHECK: what: the closure for the method value `c.Inc`, which binds its receiver
// CHECK: 1. the method value `c.Inc` allocates a closure binding its receiver (spill); `return c.Inc` returns it from incrementer as its result ~r0 (return)
// CHECK: method_value.go:8:18: leaking param: c
// CHECK: 2. it flows into the closure of the method value `c.Inc`
// CHECK: root cause: it reaches the closure of the method value `c.Inc`, which is itself on the heap (c.Inc escapes to heap, method_value.go:9:10)
// CHECK-NOT: func twice
