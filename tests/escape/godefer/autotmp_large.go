package p

type big struct{ a [200]byte }

type small struct{ a [16]byte }

func useBig(b big)     {}
func useSmall(s small) {}

// go with a large argument: wrapper captures a temp by reference
func goBig() {
	var b big
	go useBig(b)
}

// go with a small argument
func goSmall() {
	var s small
	go useSmall(s)
}

// defer with a large argument at top level
func deferBig() {
	var b big
	defer useBig(b)
}

// go with a large argument built inline
func goBigLit() {
	go useBig(big{})
}
