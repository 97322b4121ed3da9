package p

type T struct{ p *int }

// assert to a pointer type
func toPtr(e interface{}) *int {
	return e.(*int)
}

// assert to a struct type: content
func toStruct(e interface{}) *int {
	return e.(T).p
}

// comma-ok assertion
func commaOk(e interface{}) (*int, bool) {
	p, ok := e.(*int)
	return p, ok
}

// assert to an interface type
type I interface{ M() }

func toIface(e interface{}) I {
	return e.(I)
}

// assertion result discarded
func check(e interface{}) bool {
	_, ok := e.(int)
	return ok
}
