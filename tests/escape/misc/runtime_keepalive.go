package p

import "runtime"

// KeepAlive does not escape its argument
func keep() {
	x := new(int)
	runtime.KeepAlive(x)
}

// SetFinalizer leaks its object
type T struct{ n int }

func final() {
	t := &T{}
	runtime.SetFinalizer(t, func(*T) {})
}

// GC call
func gc() {
	runtime.GC()
}
