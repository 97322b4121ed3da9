package p

type Stack []*int

// pointer receiver append
func (s *Stack) Push(p *int) { *s = append(*s, p) }

// pointer receiver pop
func (s *Stack) Pop() *int {
	old := *s
	n := len(old)
	v := old[n-1]
	*s = old[:n-1]
	return v
}

// value receiver peek
func (s Stack) Top() *int { return s[len(s)-1] }

// local stack
func use() int {
	var s Stack
	x := 1
	s.Push(&x)
	return *s.Pop()
}
