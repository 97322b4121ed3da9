package p

var sink interface{}

func take(x interface{}) {}

func keep(x interface{}) { sink = x }

// explicit conversion to interface{}
func explicit() {
	m := make(map[int]int)
	sink = interface{}(m)
}

// implicit conversion in a var declaration, not escaping
func decl() interface{} {
	m := map[string]int{}
	var e interface{} = m
	_ = e
	return nil
}

// passed to a non-leaking interface{} param
func arg() {
	m := make(map[string]*int)
	take(m)
}

// passed to a leaking interface{} param
func argLeak() {
	m := make(map[string]*int)
	keep(m)
}

// converted to any and type-asserted back
func roundTrip() int {
	var a any = map[int]int{1: 1}
	m := a.(map[int]int)
	return len(m)
}
