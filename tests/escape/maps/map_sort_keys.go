package p

import "sort"

// collect keys into a slice and sort them
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keys into a fixed-size local slice
func firstKeys(m map[int]bool) int {
	keys := make([]int, 0, 8)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return len(keys)
}

// collect pointer values
func values(m map[int]*int) []*int {
	var vs []*int
	for _, v := range m {
		vs = append(vs, v)
	}
	return vs
}
