package p

// Keys and values stored in maps go to the heap.
func put(m map[*int]*int) {
	k, v := 1, 2
	m[&k] = &v
}

func literal() map[string]*int {
	w := 3
	return map[string]*int{"w": &w}
}

// A small map that does not escape itself is fine.
func local() int {
	m := map[string]int{"a": 1}
	return m["a"]
}

// RUN: cd %S && %goescape --explain -l map_store.go > %t
// RUN: python3 %S/check_facts.py %t %S/map_store.gc.txt
// RUN: cd %S && %goescape -m=2 -l map_store.go | diff %S/map_store.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: map_store.go:5:2: moved to heap: k
// CHECK: `m[&k]` uses it as a map key, and maps keep keys and values on the heap (key of map put)
// CHECK: root cause: used as a map key in `m[&k]` (line 6): maps keep their keys and values on the heap
// CHECK: map_store.go:5:5: moved to heap: v
// CHECK: `m[&k] = &v` stores it in the map `m` (maps keep keys and values on the heap) (assign)
// CHECK: root cause: stored as a value of the map `m` (line 6)
// CHECK: map_store.go:10:2: moved to heap: w
// CHECK: it becomes a value of the map literal `map[string]*int{...}`, and maps keep keys and values on the heap (map literal value)
// CHECK: map_store.go:11:24: map[string]*int{...} escapes to heap
// CHECK: what: the map built by the map literal `map[string]*int{...}`
// CHECK-NOT: map[string]int{...}
