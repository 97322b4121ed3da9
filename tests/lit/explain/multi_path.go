package p

var g1, g2 *int
var gpp **int

// x reaches the heap twice; gc records both, the shortest (first) is shown.
func twice() {
	x := 1
	g1 = &x
	g2 = &x
}

// p leaks along a 3-step path to the heap and along a 1-step path into a
// closure that escapes: both count as heap leaks, the shortest is shown.
func paths(p *int) func() int {
	a := p
	b := a
	g1 = b
	return func() int { return *p }
}

// p's content reaches the heap in 1 step (derefs=1) and p itself in 3
// steps (derefs=0): gc's verdict is decided by the fewest dereferences, so
// the 3-step path is the one shown.
func levels(p **int) {
	a := p
	b := a
	gpp = b
	g1 = *p
}

// RUN: cd %S && %goescape --explain -l multi_path.go > %t
// RUN: python3 %S/check_facts.py %t %S/multi_path.gc.txt
// RUN: cd %S && %goescape -m=2 -l multi_path.go | diff %S/multi_path.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: multi_path.go:8:2: moved to heap: x
// CHECK: `g1 = &x` stores it in the package-level variable `g1`
// CHECK: note: gc recorded 2 explanations (1, 1 steps); the shortest, first recorded, is shown
// CHECK: multi_path.go:15:12: leaking param: p
// CHECK-NOT: 2.
// CHECK: 1. the closure paths.func1 captures `p` by value, so it holds a copy of `p` (captured by a closure)
// CHECK: root cause: it reaches the closure paths.func1, which is itself on the heap
// CHECK: note: gc recorded 2 flows (3 steps to {heap} with derefs=0; 1 step to {storage for func literal} with derefs=0)
// CHECK: multi_path.go:25:13: leaking param: p
// CHECK: 1. `a := p` stores `p` in `a` (assign)
// CHECK: 3. `gpp = b` stores it in the package-level variable `gpp`
// CHECK: note: gc recorded 2 flows (1 step to {heap} with derefs=1; 3 steps to {heap} with derefs=0)
