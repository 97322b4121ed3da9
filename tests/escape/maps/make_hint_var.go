package p

var g map[string]*int

// variable hint from a parameter, does not escape
func fromParam(n int) int {
	m := make(map[string]*int, n)
	return len(m)
}

// hint computed from len of a slice param
func fromLen(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// variable hint, stored to a global
func toGlobal(n int) {
	g = make(map[string]*int, n+1)
}

// hint from a map's own length
func clone(src map[string]*int) map[string]*int {
	dst := make(map[string]*int, len(src))
	for k, v := range src {
		dst[k] = v
	}
	return dst
}
