// Language features gated by gc's -lang (types2's allowVersion), checked
// at several versions by check_test.cpp against go1.19's output (regen.sh).
package p

import "unsafe"

type A = int

var _ any
var _ comparable
var _ interface{ comparable }

func f(s []int, n int, p unsafe.Pointer) {
	_ = (*[2]int)(s)
	_ = 1 << n
	_ = 1 << uint(n)
	_ = 1_000
	_ = 0x1p4
	_ = 0b1
	_ = 0o7
	_ = 0x10
	_ = 017
	_ = 1_0.5i
	_ = unsafe.Add(p, 1)
	_ = unsafe.Slice((*byte)(p), 1)
}

type I interface{ M() }
type J interface{ M() }
type K interface {
	I
	J
}
type L interface {
	I
	int
}
