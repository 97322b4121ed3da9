package p

// send of a pointer to a local
func sendAddr(c chan *int) {
	x := 1
	c <- &x
}

// send of a param
func sendParam(c chan *int, p *int) {
	c <- p
}

// receive of a pointer
func recv(c chan *int) *int {
	return <-c
}

// local channel: make(chan) never prints
func local() int {
	c := make(chan *int, 1)
	y := 2
	c <- &y
	return *<-c
}

// range over a channel
func drain(c chan *int) *int {
	var last *int
	for p := range c {
		last = p
	}
	return last
}

// directional channels
func dir(in <-chan *int, out chan<- *int) {
	out <- <-in
}
