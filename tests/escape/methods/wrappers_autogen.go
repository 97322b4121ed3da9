package p

type I interface{ M() *int }

type T struct{ p *int }

// value method: compiler makes a (*T).M wrapper
func (t T) M() *int { return t.p }

type U struct{ a [4]int }

// value method with a large receiver
func (u U) Sum() int { return u.a[0] + u.a[1] }

// T used through the interface
func use(t *T) *int {
	var i I = t
	return i.M()
}
