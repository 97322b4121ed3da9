package p

// m[k] += v on an int map
func add(m map[string]int, k string, v int) {
	m[k] += v
}

// m[k]++
func inc(m map[int]int, k int) {
	m[k]++
}

// copy one element to another key of the same map
func dup(m map[int]*int) {
	m[1] = m[0]
}

// same key on both sides
func same(m map[int]*int, k int) {
	m[k] = m[k]
}

// string concatenation into a map element
func concat(m map[string]string, k, s string) {
	m[k] += s
}
