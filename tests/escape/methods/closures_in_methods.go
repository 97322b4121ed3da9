package p

type T struct {
	items []int
	cb    func(int)
}

// closure inside a pointer method iterating fields
func (t *T) Each(f func(int)) {
	for _, it := range t.items {
		f(it)
	}
}

// method creating a closure that captures the receiver and is passed to Each
func (t *T) Sum() int {
	s := 0
	t.Each(func(x int) { s += x })
	return s
}

// value method setting a closure into a pointer target
func (t T) Install(dst *T) {
	dst.cb = func(x int) { t.items = append(t.items, x) }
}
