package p

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

var counter int64
var ptr unsafe.Pointer

// atomic add on a global
func inc() int64 {
	return atomic.AddInt64(&counter, 1)
}

// atomic add on a local
func local() int64 {
	var n int64
	atomic.AddInt64(&n, 2)
	return n
}

// atomic pointer store of a local
func store() {
	x := 1
	atomic.StorePointer(&ptr, unsafe.Pointer(&x))
}

// sync.Once with a closure
var once sync.Once

func setup() {
	once.Do(func() {})
}

// sync.Mutex local
func locked() int {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return 1
}
