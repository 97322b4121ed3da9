package p

type node struct {
	next *node
	val  int
}

var gn *node

// self-loop
func selfLoop() {
	n := &node{}
	n.next = n
	gn = n
}

// two nodes pointing at each other, kept local
func twoLocal() int {
	a := &node{val: 1}
	b := &node{val: 2}
	a.next = b
	b.next = a
	return a.next.val
}

// cycle through variables
func vars(p *int) *int {
	a := p
	b := a
	a = b
	return a
}
