package p

import "strings"

// concatenated key for a lookup
func lookup(m map[string]int, a, b string) int {
	return m[a+b]
}

// concatenated key for a store
func store(m map[string]int, a, b string) {
	m[a+"/"+b] = 1
}

// strings.ToUpper key
func upper(m map[string]*int, k string) *int {
	return m[strings.ToUpper(k)]
}

// key built from a byte slice conversion, lookup
func bytesKey(m map[string]int, b []byte) int {
	return m[string(b)]
}

// key built from a byte slice conversion, store
func bytesStore(m map[string]int, b []byte) {
	m[string(b)] = len(b)
}
