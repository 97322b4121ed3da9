package p

import "unsafe"

//go:uintptrescapes
func escapes(p uintptr) {}

//go:uintptrescapes
func escapesV(ps ...uintptr) {}

// argument written as uintptr(unsafe.Pointer(&x))
func call() {
	x := 1
	escapes(uintptr(unsafe.Pointer(&x)))
}

// variadic form
func callV() {
	y := 2
	escapesV(uintptr(unsafe.Pointer(&y)))
}
