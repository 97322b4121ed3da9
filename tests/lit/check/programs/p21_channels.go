// Channel directions, pipelines, select with send and default, nil channels.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int, 1)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(gen(1, 2, 3)) {
		total += v
	}
	ch := make(chan int, 1)
	var nilch chan int
	select {
	case ch <- 1:
	case v, ok := <-nilch:
		fmt.Println(v, ok)
	default:
	}
	x, ok := <-ch
	var send chan<- int = ch
	send <- 2
	fmt.Println(total, x, ok, len(ch), cap(ch))
}
