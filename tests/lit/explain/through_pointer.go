package p

type Box struct{ p *int }

// Stores through pointers and into slice elements count as heap stores.
func setField(b *Box) {
	x := 1
	b.p = &x
}

func setDeref(pp **int) {
	y := 2
	*pp = &y
}

func setElem(s []*int) {
	z := 3
	s[0] = &z
}

// RUN: cd %S && %goescape --explain -l through_pointer.go > %t
// RUN: python3 %S/check_facts.py %t %S/through_pointer.gc.txt
// RUN: cd %S && %goescape -m=2 -l through_pointer.go | diff %S/through_pointer.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: through_pointer.go:7:2: moved to heap: x
// CHECK: root cause: stored through a pointer by `b.p = &x` (line 8): escape analysis does not track where pointers point
// CHECK: through_pointer.go:12:2: moved to heap: y
// CHECK: root cause: stored through a pointer by `*pp = &y` (line 13)
// CHECK: through_pointer.go:17:2: moved to heap: z
// CHECK: root cause: stored into the element `s[0]` (line 18)
