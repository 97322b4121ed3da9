package p

import "errors"

// map and error results
func parse(s string) (map[string]int, error) {
	if s == "" {
		return nil, errors.New("empty")
	}
	return map[string]int{s: 1}, nil
}

// caller destructures both results
func use() int {
	m, err := parse("x")
	if err != nil {
		return 0
	}
	return len(m)
}

// map and pointer result from a map lookup
func split(m map[string]*int) (map[string]*int, *int) {
	return m, m["x"]
}

// results passed straight into another call
func forward() int {
	return count(split(map[string]*int{}))
}

func count(m map[string]*int, p *int) int {
	if p != nil {
		return len(m)
	}
	return 0
}
