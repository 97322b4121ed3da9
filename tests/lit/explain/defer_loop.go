package p

import "fmt"

// A defer at the top level of a function stays on the stack...
func once() {
	defer fmt.Println("done")
}

// ...but a defer inside a loop needs a heap-allocated closure.
func each(names []string) {
	for _, n := range names {
		defer fmt.Println(n)
	}
}

func eachLit(n int) {
	for i := 0; i < n; i++ {
		defer func() { println(i) }()
	}
}

// RUN: cd %S && %goescape --explain -l defer_loop.go > %t
// RUN: python3 %S/check_facts.py %t %S/defer_loop.gc.txt
// RUN: cd %S && %goescape -m=2 -l defer_loop.go | diff %S/defer_loop.gc.txt -
// RUN: FileCheck %s --input-file=%t

// A top-level defer keeps its closure on the stack (only the conversion of
// "done" for fmt.Println escapes).
// CHECK: func once (defer_loop.go:6:6)
// CHECK-NOT: defer_loop.go:7:2: func literal
// CHECK: defer_loop.go:7:20: "done" escapes to heap
// CHECK: func each (defer_loop.go:11:6)
// CHECK: defer_loop.go:13:3: func literal escapes to heap
// CHECK: what: the closure gc creates to run `defer fmt.Println(n)`
// CHECK: root cause: deferred inside a loop (`defer fmt.Println(n)`, line 13): a defer in a loop may run any number of times
// CHECK: defer_loop.go:13:20: n escapes to heap
// CHECK: stores it in the compiler temporary .autotmp_2, which keeps a value `defer fmt.Println(n)` needs until it runs
// CHECK: defer_loop.go:11:11: leaking param content: names
// CHECK: 2. the `for ... range` loop (line 12) copies the elements it refers to into `n` (range-deref)
// CHECK: defer_loop.go:18:6: moved to heap: i
// CHECK: root cause: captured by reference by the closure eachLit.func1, which is deferred inside a loop (`defer func() {…}()`, line 19)
// CHECK: defer_loop.go:19:9: func literal escapes to heap
