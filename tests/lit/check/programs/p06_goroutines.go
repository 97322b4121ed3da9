// Goroutines and channels: WaitGroup, Mutex, buffered channels, select.
package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeCounter) Inc(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key]++
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 0; j < 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	sc := SafeCounter{m: map[string]int{}}
	go sc.Inc("a")
	done := make(chan struct{})
	go func() {
		time.Sleep(time.Millisecond)
		close(done)
	}()
	timeout := make(chan bool, 1)
	select {
	case <-done:
	case <-timeout:
	}
	fmt.Println(sum)
}
