package p

// exactly 10 MiB variable: stack
func exact() byte {
	var a [10 << 20]byte
	return a[0]
}

// 10 MiB + 1 variable: heap
func over() byte {
	var a [10<<20 + 1]byte
	return a[0]
}

// large make with constant size
func bigMake() int {
	s := make([]int64, 1<<20)
	return len(s)
}

// large slice literal is not size-checked
func bigLit() int {
	s := []int64{1 << 20: 0}
	return len(s)
}

// large struct declared with :=
type huge struct{ a [11 << 20]byte }

func hugeVar() int {
	h := huge{}
	return len(h.a)
}
