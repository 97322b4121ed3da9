package p

var kept []*int

func Keep(p *int) {
	kept = append(kept, p)
}

func Local() int {
	w := 1
	return w
}
