package p

// unnamed pointer param
func unnamed(*int) {}

// blank pointer param
func blank(_ *int) {}

// named param next to unnamed results
func mixed(p *int, _ int) int { return *p }

// caller passing addresses to unnamed/blank params
func caller() {
	x, y := 1, 2
	unnamed(&x)
	blank(&y)
}

// unnamed double pointer, as in a callback signature
func cb(**int, int) {}
