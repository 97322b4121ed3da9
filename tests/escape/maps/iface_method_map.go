package p

type Store interface {
	Put(m map[string]*int)
}

type local struct{}

func (local) Put(m map[string]*int) {}

// map passed to an interface method: escapes
func viaIface(s Store) {
	m := make(map[string]*int)
	s.Put(m)
}

// devirtualized interface call
func devirt() {
	var s Store = local{}
	m := make(map[string]*int)
	s.Put(m)
}

// map passed through a func value
func viaFunc(f func(map[int]int)) {
	f(map[int]int{})
}
