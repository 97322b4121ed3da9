package p

var sink interface{}

const K = 7

// integer constant to interface
func intConst() {
	sink = 1
}

// string constant to interface
func strConst() {
	sink = "str"
}

// named constant and constant expression
func named() {
	sink = K
	sink = K * 2
}

// boolean, float and rune constants
func others() {
	sink = true
	sink = 1.5
	sink = 'a'
}

// nil to interface: no allocation
func nilIface() {
	sink = nil
}

// constants as arguments
func use(e interface{}) { sink = e }

func args() {
	use(2)
	use("x")
	use(K)
}
