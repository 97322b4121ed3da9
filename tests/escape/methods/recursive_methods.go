package p

type List struct {
	next *List
	val  *int
}

// recursive method returning a field
func (l *List) Last() *int {
	if l.next == nil {
		return l.val
	}
	return l.next.Last()
}

// recursive method finding a node
func (l *List) Find(v *int) *List {
	if l == nil || l.val == v {
		return l
	}
	return l.next.Find(v)
}

// recursive build
func Build(n int) *List {
	if n == 0 {
		return nil
	}
	return &List{next: Build(n - 1)}
}
