package p

type T struct {
	p *int
	n int
}

var sink interface{}

// A map built locally, read, ranged over and deleted from.
func maps(k string) int {
	m := make(map[string]int, 8)
	m[k] = len(k)
	total := 0
	for key, v := range m {
		total += v + len(key)
	}
	delete(m, k)
	return total
}

// Values that escape: a variable whose address is stored in a global, a
// composite literal returned, an interface box.
func escapes(x int) *T {
	y := x
	sink = &y
	return &T{n: x}
}

// A closure capturing by reference, called in a loop.
func closures(n int) int {
	sum := 0
	add := func(i int) { sum += i }
	for i := 0; i < n; i++ {
		add(i)
	}
	return sum
}

// Control flow: switch, select, defer, logical operators, slices.
func control(c chan int, s []int, b bool) (r int) {
	defer func() { r++ }()
	switch {
	case b && len(s) > 0:
		r = s[0]
	case !b || s == nil:
		r = -1
	default:
		r = cap(s)
	}
	select {
	case v := <-c:
		r += v
	default:
	}
	t := append(s[1:], r)
	return len(t)
}

// Methods and interfaces.
func (t *T) Get() *int { return t.p }

type getter interface{ Get() *int }

func methods(g getter, t *T) *int {
	if g.Get() == nil {
		return t.Get()
	}
	return nil
}
