package p

type S struct {
	m    map[string]*int
	name string
}

// map field of a value struct, stored pointer leaks
func store(x int) S {
	s := S{m: make(map[string]*int)}
	s.m["x"] = &x
	return s
}

// struct value param, read the field
func get(s S, k string) *int {
	return s.m[k]
}

// struct literal with map literal field, not escaping
func local() int {
	s := S{m: map[string]*int{}, name: "n"}
	return len(s.m)
}

// take the map out of the struct and return it
func field(s S) map[string]*int {
	return s.m
}

// store map into a struct that escapes via interface
var sink interface{}

func boxed() {
	s := S{m: make(map[string]*int)}
	sink = s
}
