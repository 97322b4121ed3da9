package p

import (
	"reflect"
	"unsafe"
)

// pointer recovered from a SliceHeader Data field
func data(s []int) unsafe.Pointer {
	h := (*reflect.SliceHeader)(unsafe.Pointer(&s))
	return unsafe.Pointer(h.Data)
}

// StringHeader Data written from a pointer
func setData(p *byte, n int) string {
	var s string
	h := (*reflect.StringHeader)(unsafe.Pointer(&s))
	h.Data = uintptr(unsafe.Pointer(p))
	h.Len = n
	return s
}
