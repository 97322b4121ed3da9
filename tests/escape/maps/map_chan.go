package p

// map of channels: sending a pointer through a looked-up channel
func send(m map[string]chan *int, x int) {
	m["c"] <- &x
}

// receive from a map's channel
func recv(m map[int]chan *int) *int {
	return <-m[0]
}

// local map of channels
func local() int {
	m := map[int]chan int{0: make(chan int, 1)}
	m[0] <- 1
	return <-m[0]
}

// channel of maps
func chanOfMaps(c chan map[string]int) {
	c <- map[string]int{"a": 1}
}

// receive a map from a channel and write into it
func fill(c chan map[string]*int, p *int) {
	m := <-c
	m["p"] = p
}
