package p

import "unsafe"

// pointer to uintptr and back in one expression
func roundTrip(p *int) *int {
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8))
}

// unsafe.Pointer conversion of a local address
func local() uintptr {
	x := 1
	return uintptr(unsafe.Pointer(&x))
}

// unsafe.Pointer param returned as typed pointer
func cast(up unsafe.Pointer) *int {
	return (*int)(up)
}

// pointer converted between struct types
type A struct{ p *int }
type B struct{ q *int }

func conv(a *A) *B {
	return (*B)(unsafe.Pointer(a))
}

// unsafe.Sizeof is constant
func size() uintptr {
	var a A
	return unsafe.Sizeof(a)
}
