package p

// recursive closure through a variable
func fib(n int) int {
	var f func(int) int
	f = func(k int) int {
		if k < 2 {
			return k
		}
		return f(k-1) + f(k-2)
	}
	return f(n)
}

// recursive closure walking a list
type node struct{ next *node }

func length(n *node) int {
	var walk func(*node) int
	walk = func(m *node) int {
		if m == nil {
			return 0
		}
		return 1 + walk(m.next)
	}
	return walk(n)
}
