package p

func two() (*int, *int) { return nil, nil }

func useTwo(a, b *int) {}

// defer with a multi-value call as arguments
func multi() {
	defer useTwo(two())
}

// go with a call result argument
func one() *int { return new(int) }

func goCall() {
	go useTwo(one(), nil)
}

// defer with a string concatenation argument
func str(a, b string) {
	defer println(a + b)
}
