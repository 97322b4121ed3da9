package p

// select sending a map
func sendMap(c chan map[string]int, done chan bool) {
	m := map[string]int{"a": 1}
	select {
	case c <- m:
	case <-done:
	}
}

// select receiving a map and writing a pointer into it
func recvMap(c chan map[int]*int, x int) {
	select {
	case m := <-c:
		m[0] = &x
	default:
	}
}

// select receive with comma-ok into a map element
func recvInto(c chan *int, m map[int]*int) {
	select {
	case v, ok := <-c:
		if ok {
			m[0] = v
		}
	}
}
