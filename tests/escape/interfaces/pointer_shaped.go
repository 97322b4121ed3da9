package p

var sink interface{}

type P struct{ p *int }
type A [1]*int
type Q struct {
	p *int
	q *int
}
type E struct{}

// single pointer field struct: no box
func oneField(x *int) {
	sink = P{x}
}

// one-element pointer array: no box
func oneElem(x *int) {
	sink = A{x}
}

// two pointer fields: boxed
func twoFields(x *int) {
	sink = Q{p: x}
}

// empty struct: boxed (zerobase)
func empty() {
	var e E
	sink = e
}

// chan and func are pointer-shaped
func chanFunc(c chan int, f func()) {
	sink = c
	sink = f
}
