package p

// y is local to the closure but its address is stored in outer's p.
func outer() int {
	var p *int
	func() {
		y := 1
		p = &y
	}()
	return *p
}

// RUN: cd %S && %goescape --explain -l closure_outer.go > %t
// RUN: python3 %S/check_facts.py %t %S/closure_outer.gc.txt
// RUN: cd %S && %goescape -m=2 -l closure_outer.go | diff %S/closure_outer.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: func outer.func1 (closure_outer.go:6:2), a func literal in outer
// CHECK: closure_outer.go:7:3: moved to heap: y
// CHECK: 2. the closure outer.func1 captures `p` by reference, so it holds `p`'s address (captured by a closure, reference)
// CHECK: root cause: stored in `p`, which belongs to the enclosing function outer and outlives this call of outer.func1, where `y` lives
