// Pointers: &x returned, stored to a global, new, content leaks.
package main

type T struct {
	p    *int
	next *T
}

var global *int
var gt *T

func addrReturned() *int {
	x := 1
	return &x
}

func storedToGlobal() {
	y := 2
	global = &y
}

func newEscapes() *T {
	return new(T)
}

func newLocal() int {
	t := new(T)
	t.p = nil
	return 0
}

func contentLeaks(t *T) {
	global = t.p
}

func deref(pp **int) int {
	return **pp
}

func chain(t *T) {
	gt = t.next.next
}

func main() {
	_ = addrReturned()
	storedToGlobal()
	_ = newEscapes()
	_ = newLocal()
	contentLeaks(&T{})
	v := 3
	pv := &v
	_ = deref(&pv)
	chain(&T{})
}
