package p

import (
	"reflect"
	"unsafe"
)

// One function per REASON word of gc's -m=2 explanations that the other
// tests do not show.
type T struct {
	p *int
	a [2]*int
}

var sink *int
var sinks []*int
var sinkT T
var sinkA [1]*int
var sinkU uintptr

func dot() {
	x := 1
	t := T{p: &x} // struct literal element
	sink = t.p    // dot
}

func dotOfPointer() {
	y := 1
	t := &T{p: &y}
	sink = t.p // dot of pointer
}

func arrayIndex() {
	z := 1
	a := [2]*int{&z, nil} // array literal element
	sink = a[0]           // fixed-array-index-of
}

func slicing() {
	var w [3]*int
	s := w[:] // slice
	sinks = s
}

func indirection() {
	v := 1
	p := &v
	pp := &p
	sink = *pp // indirection
}

func typeAssert(e interface{}) {
	if q, ok := e.(*int); ok { // assign-pair-dot-type
		sink = q
	}
}

func rangeArray() {
	u := 1
	arr := [1]*int{&u}
	for _, e := range arr { // range
		sink = e
	}
}

func typeSwitch(e interface{}) {
	switch v := e.(type) {
	case *int: // switch case
		sink = v
	}
}

func copied(src []*int) {
	copy(sinks, src) // copied slice
}

func appended(more []*int) {
	sinks = append(sinks, more...) // appended slice...
}

func header(s *[]byte) {
	t := 1
	(*reflect.SliceHeader)(unsafe.Pointer(s)).Data = uintptr(unsafe.Pointer(&t)) // reflect.Header.Data
}

//go:uintptrescapes
func keepAddr(u uintptr) {}

func uintptrEscapes() {
	k := 1
	keepAddr(uintptr(unsafe.Pointer(&k))) // //go:uintptrescapes
}

func readData(h *reflect.SliceHeader) unsafe.Pointer {
	return unsafe.Pointer(h.Data) // reflect.Header.Data
}

// RUN: cd %S && %goescape --explain -l reasons.go > %t
// RUN: python3 %S/check_facts.py %t %S/reasons.gc.txt
// RUN: cd %S && %goescape -m=2 -l reasons.go | diff %S/reasons.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: (struct literal element)
// CHECK: `t.p` selects `p` from `t` (dot)
// CHECK: (dot of pointer)
// CHECK: (array literal element)
// CHECK: `a[0]` reads an element of the array `a` (fixed-array-index-of)
// CHECK: the address of `w` is taken implicitly (address-of); `w[:]` slices it, sharing its memory (slice)
// CHECK: `*pp` dereferences `pp` (indirection)
// CHECK: `e.(*int)` type-asserts `e` (dot); `q, ok := e.(*int)` stores it in `q` (a comma-ok type assertion) (assign-pair-dot-type)
// CHECK: copies elements of the array into `e` (range)
// CHECK: the type switch `case *int` binds `e` to `v` (switch case)
// CHECK: `copy(sinks, src)` copies the elements of `src`, and copied values count as stored on the heap (call parameter, copied slice)
// CHECK: `append(sinks, more...)` appends the elements of `more`, and appended values count as stored on the heap (call parameter, appended slice...)
// CHECK: reasons.go:82:2: moved to heap: t
// CHECK: reasons.go:90:2: moved to heap: k
// CHECK: passes `.autotmp_1` as a uintptr to a //go:uintptrescapes function (//go:uintptrescapes)
// CHECK: root cause: passed as a uintptr to a function marked //go:uintptrescapes (line 91), whose pointer arguments escape
// CHECK: reasons.go:94:15: leaking param: h to result ~r0 level=1
// CHECK: `h.Data` reads the Data word of the reflect.SliceHeader or StringHeader `h` points to; that uintptr is treated as the pointer it holds (reflect.Header.Data)
