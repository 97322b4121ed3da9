package p

import "sync"

// goroutine closure writing into a captured map
func spawn(m map[string]*int, p *int) {
	go func() {
		m["p"] = p
	}()
}

// map passed as an argument to a go statement
func goArg(m map[int]int) {
	go fill(m, 1)
}

func fill(m map[int]int, n int) {
	m[n] = n
}

// deferred delete at top level
func deferDel(m map[string]int, k string) {
	defer delete(m, k)
	m[k] = 1
}

// map guarded by a mutex
type cache struct {
	mu sync.Mutex
	m  map[string]*int
}

func (c *cache) put(k string, v *int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}
