package p

type T struct {
	a int
	p *T
}

var gt *T

// new(T) kept local
func local() int {
	t := new(T)
	t.a = 1
	return t.a
}

// new(T) returned
func ret() *T {
	return new(T)
}

// new(T) linked into a list, head escapes
func list(n int) {
	var head *T
	for i := 0; i < n; i++ {
		t := new(T)
		t.p = head
		head = t
	}
	gt = head
}

// new of a pointer type
func newPtr(x *int) **int {
	pp := new(*int)
	*pp = x
	return pp
}
