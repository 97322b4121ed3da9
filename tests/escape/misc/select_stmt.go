package p

// select with a send of a local address
func send(c chan *int, done chan struct{}) {
	x := 1
	select {
	case c <- &x:
	case <-done:
	}
}

// select receive assigned to an outer var
func recv(a, b chan *int) *int {
	var p *int
	select {
	case p = <-a:
	case p = <-b:
	}
	return p
}

// select receive with comma-ok
func recvOk(c chan *int) (*int, bool) {
	select {
	case v, ok := <-c:
		return v, ok
	default:
		return nil, false
	}
}

// select in a loop
func loop(c chan int, quit chan bool) int {
	n := 0
	for {
		select {
		case v := <-c:
			n += v
		case <-quit:
			return n
		}
	}
}
