package p

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Value() int { return c.n }

var gc *Counter

// local counter used via pointer method
func local() int {
	var c Counter
	c.Inc()
	return c.Value()
}

// counter escaping via a global
func global() {
	var c Counter
	gc = &c
	c.Inc()
}

// counter returned by pointer
func newCounter() *Counter {
	c := Counter{}
	return &c
}
