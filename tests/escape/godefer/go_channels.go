package p

// goroutine producing pointers into a channel
func produce(c chan *int, n int) {
	go func() {
		for i := 0; i < n; i++ {
			x := i
			c <- &x
		}
		close(c)
	}()
}

// goroutine consuming from a channel
func consume(c chan *int) {
	go func() {
		for p := range c {
			_ = *p
		}
	}()
}

// go with a channel argument
func worker(c chan int) {}

func start() {
	c := make(chan int)
	go worker(c)
}
