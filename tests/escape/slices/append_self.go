package p

// remove an element by appending the tail onto the head
func remove(s []*int, i int) []*int {
	return append(s[:i], s[i+1:]...)
}

// in-place filter
func filter(s []*int) []*int {
	out := s[:0]
	for _, p := range s {
		if p != nil {
			out = append(out, p)
		}
	}
	return out
}

// append a slice to itself
func double(s []int) []int {
	return append(s, s...)
}

// insert at the front
func prepend(s []*int, p *int) []*int {
	return append([]*int{p}, s...)
}
