package p

func use(p *int) {}

// go in a loop with per-iteration address
func loop(n int) {
	for i := 0; i < n; i++ {
		x := i
		go use(&x)
	}
}

// go in a loop capturing the loop variable
func capture(n int) {
	for i := 0; i < n; i++ {
		go func() { _ = i }()
	}
}

// go in a loop passing the loop variable by value
func byValue(n int) {
	for i := 0; i < n; i++ {
		go func(j int) { _ = j }(i)
	}
}
