package p

type Set map[int]bool

func (s Set) Add(i int) { s[i] = true }

func (s Set) Has(i int) bool { return s[i] }

var gf func(int)

// method value used locally
func local() int {
	s := Set{}
	add := s.Add
	add(1)
	return len(s)
}

// method value stored globally
func global() {
	s := make(Set)
	gf = s.Add
}

// method expression call
func expr() bool {
	s := Set{1: true}
	Set.Add(s, 2)
	return Set.Has(s, 2)
}

// method value returned
func ret(s Set) func(int) bool {
	return s.Has
}
