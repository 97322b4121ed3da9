package main

import "sync"

func main() {
	var m sync.Mutex
	_ = m.state
}
