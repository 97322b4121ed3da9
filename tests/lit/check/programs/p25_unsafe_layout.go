// unsafe: Sizeof, Alignof, Offsetof of structs, unsafe.Pointer conversions.
package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Flag  bool
	Count int64
	Name  string
	Tail  struct{}
}

const HeaderSize = unsafe.Sizeof(Header{})

func main() {
	var h Header
	p := unsafe.Pointer(&h)
	cp := (*int64)(unsafe.Add(p, unsafe.Offsetof(h.Count)))
	*cp = 42
	arr := [4]int32{1, 2, 3, 4}
	s := unsafe.Slice(&arr[0], 2)
	fmt.Println(HeaderSize, unsafe.Alignof(h.Flag), unsafe.Offsetof(h.Name), h.Count, len(s),
		uintptr(unsafe.Pointer(&arr[1]))-uintptr(unsafe.Pointer(&arr[0])))
}
