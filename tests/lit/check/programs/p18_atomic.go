// sync/atomic and sync.Once, sync.Map and sync.Pool.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	hits   int64
	once   sync.Once
	config map[string]string
	pool   = sync.Pool{New: func() interface{} { return new([64]byte) }}
)

func loadConfig() { config = map[string]string{"mode": "fast"} }

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 1)
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	var flag atomic.Bool
	flag.Store(true)
	var m sync.Map
	m.Store("k", 1)
	v, ok := m.Load("k")
	buf := pool.Get().(*[64]byte)
	pool.Put(buf)
	fmt.Println(atomic.LoadInt64(&hits), config["mode"], flag.Load(), v, ok, len(buf))
}
