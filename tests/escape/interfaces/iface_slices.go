package p

type I interface{ M() int }

type T int

func (t T) M() int { return int(t) }

// slice of interfaces from concrete values
func build(n int) []I {
	var out []I
	for i := 0; i < n; i++ {
		out = append(out, T(i))
	}
	return out
}

// sum via interface calls
func sum(is []I) int {
	s := 0
	for _, i := range is {
		s += i.M()
	}
	return s
}

// local slice of interfaces
func local() int {
	is := []I{T(1), T(2)}
	return sum(is)
}
