package p

type T struct{ n *int }

func (t T) Run()   {}
func (t *T) PRun() {}

type I interface{ Run() }

// go on a value method
func goValue(t T) {
	go t.Run()
}

// go on a pointer method of a local
func goPtr() {
	var t T
	go t.PRun()
}

// go on an interface method
func goIface(i I) {
	go i.Run()
}

// defer on an interface method
func deferIface(i I) {
	defer i.Run()
}

// go on a method value
func goMethodValue(t *T) {
	f := t.PRun
	go f()
}
