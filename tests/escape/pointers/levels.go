package p

var g *int

// only the second level escapes
func secondLevel() {
	i := 0
	p0 := &i
	p1 := &p0
	g = *p1
}

// the first level escapes too
func bothLevels() {
	i := 0
	p0 := &i
	p1 := &p0
	p2 := &p1
	g = **p2
}

// nothing escapes: only a value is read
func valueOnly() int {
	i := 0
	p0 := &i
	p1 := &p0
	return **p1
}

// reassignment of the middle level
func middle() {
	i, j := 0, 1
	p := &i
	pp := &p
	*pp = &j
	g = p
}
