package p

// goroutine with select over two channels of pointers
func merge(a, b chan *int, out chan *int) {
	go func() {
		for {
			select {
			case p := <-a:
				out <- p
			case p := <-b:
				out <- p
			}
		}
	}()
}

// deferred closure that sends on a channel
func notify(done chan *int) {
	x := 1
	defer func() { done <- &x }()
}
