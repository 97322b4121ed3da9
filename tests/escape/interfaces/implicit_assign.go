package p

var sink interface{}

type S struct{ a, b int }

// int to interface in an assignment
func intAssign(x int) {
	sink = x
}

// struct literal to interface
func structAssign() {
	sink = S{1, 2}
}

// call result to interface
func callAssign() {
	sink = get()
}

func get() int { return 3 }

// var declaration with interface type, not escaping
func decl(x int) interface{} {
	var e interface{} = x
	_ = e
	return nil
}

// var declaration of two interfaces
func decl2(x, y int) {
	var e1, e2 interface{} = x, y
	sink = e1
	_ = e2
}
