package p

// package-level closure variable
var gf = func() int { return 1 }

var counter int

// package-level closure capturing a global
var inc = func() { counter++ }

// package-level closure allocating
var mk = func() *int { return new(int) }

// package-level map of closures
var table = map[string]func() int{"a": func() int { return 2 }}

func use() int {
	inc()
	return gf() + *mk() + table["a"]()
}
