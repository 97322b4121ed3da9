package p

type key struct{ a, b int }

type pkey struct {
	p *int
	s string
}

// pointer-free struct keys
func plain(m map[key]*int, a, b int) *int {
	return m[key{a, b}]
}

// struct key containing a pointer: key stored into the map escapes
func ptrKey(m map[pkey]int, p *int) {
	m[pkey{p: p, s: "x"}] = 1
}

// lookup with a pointer-containing struct key
func lookup(m map[pkey]int, p *int) int {
	return m[pkey{p: p}]
}

// array of pointers as key
func arrKey(m map[[2]*int]bool, a, b *int) {
	m[[2]*int{a, b}] = true
}

// local map with struct keys
func local() int {
	x := 1
	m := map[pkey]int{{&x, "a"}: 1}
	return len(m)
}
