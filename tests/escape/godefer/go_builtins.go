package p

// defer close of a channel
func closer(c chan int) {
	defer close(c)
}

// defer delete
func del(m map[string]*int, k string) {
	defer delete(m, k)
}

// go println
func printer(x int) {
	go println(x)
}

// defer copy
func cp(dst, src []*int) {
	defer copy(dst, src)
}

// defer panic
func pan(p *int) {
	defer panic(p)
}
