package p

// golang.org/issue/35518: gc's explanation is truncated by a cycle.
type Node struct {
	Orig *Node
}

var sink *Node

func selfRef() {
	var n Node
	n.Orig = &n

	m := n
	sink = &m
}

func readBack() {
	var n1, n2 Node
	n1.Orig = &n1
	n1 = n2

	sink = n1.Orig
}

// RUN: cd %S && %goescape --explain -l assign_cycle.go > %t
// RUN: python3 %S/check_facts.py %t %S/assign_cycle.gc.txt
// RUN: cd %S && %goescape -m=2 -l assign_cycle.go | diff %S/assign_cycle.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: assign_cycle.go:11:6: moved to heap: n
// CHECK: 1. `&n` takes the address of `n` (address-of); `n.Orig = &n` stores it in `n` itself, so `n` now holds a pointer to itself (assign)
// CHECK: -> gc's explanation stops here: `n` was already on this path (warning: truncated explanation due to assignment cycle; see golang.org/issue/35518)
// CHECK: root cause: part of an assignment cycle through `n`, where gc's explanation stops (golang.org/issue/35518)
// CHECK-SAME: other heap locations in selfRef it may have been copied into: `m` (line 14)
// CHECK: assign_cycle.go:14:2: moved to heap: m
// CHECK: root cause: stored in the package-level variable `sink` (line 15)
// CHECK: assign_cycle.go:19:6: moved to heap: n1
// CHECK: -> gc's explanation stops here: `n1` was already on this path
