package p

// Nothing here escapes.
func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	p := &t
	return *p
}

// RUN: cd %S && %goescape --explain -l no_escape.go > %t
// RUN: python3 %S/check_facts.py %t %S/no_escape.gc.txt
// RUN: cd %S && %goescape -m=2 -l no_escape.go | diff %S/no_escape.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: no_escape.go: no heap allocations
// CHECK-NOT: {{.}}
