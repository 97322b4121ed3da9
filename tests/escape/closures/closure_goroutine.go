package p

import "sync"

// goroutine closure capturing a WaitGroup
func spawn(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
}

// goroutine closure with an argument
func arg(c chan int) {
	x := 1
	go func(p *int) {
		c <- *p
	}(&x)
}

// goroutine closure capturing a result channel
func result() int {
	c := make(chan int)
	go func() { c <- 1 }()
	return <-c
}
