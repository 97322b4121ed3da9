package p

// p outlives each iteration's x.
func last(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i
		p = &x
	}
	_ = p
	return 0
}

// Declared in the same iteration: fine.
func inner(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		var p *int
		x := i
		p = &x
		s += *p
	}
	return s
}

// A backward goto makes a loop too.
func again(n int) int {
	var p *int
	i := 0
loop:
	x := i
	p = &x
	i++
	if i < n {
		goto loop
	}
	return *p
}

// RUN: cd %S && %goescape --explain -l loop_depth.go > %t
// RUN: python3 %S/check_facts.py %t %S/loop_depth.gc.txt
// RUN: cd %S && %goescape -m=2 -l loop_depth.go | diff %S/loop_depth.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: loop_depth.go:7:3: moved to heap: x
// CHECK: root cause: stored in `p`, declared outside the loop at line 6 that creates `x`
// CHECK-NOT: func inner
// CHECK: loop_depth.go:31:2: moved to heap: x
// CHECK: root cause: stored in `p`, declared outside the loop formed by `goto loop` (label at line 30) that creates `x`
