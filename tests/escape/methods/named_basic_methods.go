package p

type Str string
type Num int

func (s Str) Upper() Str { return s + "!" }
func (n Num) Box() interface{} { return n }
func (n *Num) Inc()           { *n++ }

// string-method result used locally
func use(s Str) int {
	return len(s.Upper())
}

// number boxed by a method
func box() interface{} {
	return Num(3).Box()
}

// pointer method on a local named int
func inc() Num {
	var n Num
	n.Inc()
	return n
}
