package p

// closures stored as map values escape
func table() map[string]func() int {
	x := 1
	return map[string]func() int{
		"x": func() int { return x },
		"1": func() int { return 1 },
	}
}

// calling a function looked up from a map: args escape
func call(m map[string]func(*int), x int) {
	m["f"](&x)
}

// local map of closures, called locally
func local() int {
	n := 0
	m := map[int]func(){0: func() { n++ }}
	m[0]()
	return n
}

// named function values stored in a map
func named() int {
	m := map[string]func() int{"one": one}
	return m["one"]()
}

func one() int { return 1 }
