package p

func work(p *int) { *p++ }

// A goroutine's closure, and what it captures by reference, go to the heap.
func spawn() {
	done := 0
	go func() {
		done++
	}()
}

// go f(&x): gc wraps the call in a closure holding the argument.
func spawnCall() {
	x := 0
	go work(&x)
}

// RUN: cd %S && %goescape --explain -l goroutine.go > %t
// RUN: python3 %S/check_facts.py %t %S/goroutine.gc.txt
// RUN: cd %S && %goescape -m=2 -l goroutine.go | diff %S/goroutine.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: goroutine.go:7:2: moved to heap: done
// CHECK: root cause: captured by reference by the closure spawn.func1, which is run in a new goroutine (`go func() {…}()`, line 8): a goroutine can outlive the function that starts it
// CHECK: goroutine.go:8:5: func literal escapes to heap
// CHECK: goroutine.go:15:2: moved to heap: x
// CHECK: 1. `&x` takes the address of `x` (address-of); `.autotmp_1 = &x` stores it in the compiler temporary .autotmp_1, which keeps a value `go work(&x)` needs until it runs
// CHECK: 2. the closure of `go work(&x)` captures `.autotmp_1` by value, so it holds a copy of `.autotmp_1` (captured by a closure)
// CHECK: -> the closure of `go work(&x)` is itself on the heap (func literal escapes to heap, goroutine.go:16:2), because:
// CHECK: 3. gc wraps the call in a func literal, which allocates a closure (spill); `go work(&x)` runs it in a new goroutine
// CHECK: goroutine.go:16:2: func literal escapes to heap
// CHECK-NEXT: 16 | go work(&x)
// CHECK-NEXT:    | ^
// CHECK-NEXT: what: the closure gc creates to run `go work(&x)` (it wraps the call and its arguments; gc's -m prints no line for it)
