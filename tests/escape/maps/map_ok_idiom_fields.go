package p

type cache struct {
	m    map[string]*entry
	miss int
}

type entry struct{ v *int }

// lookup-or-insert on a field map
func (c *cache) get(k string) *entry {
	if e, ok := c.m[k]; ok {
		return e
	}
	c.miss++
	e := &entry{}
	c.m[k] = e
	return e
}

// value-receiver lookup returning the inner pointer
func (c cache) peek(k string) *int {
	if e, ok := c.m[k]; ok {
		return e.v
	}
	return nil
}
