package p

// Values sent on a channel go to the heap.
func send(ch chan *int) {
	c := 5
	ch <- &c
}

// RUN: cd %S && %goescape --explain -l send_chan.go > %t
// RUN: python3 %S/check_facts.py %t %S/send_chan.gc.txt
// RUN: cd %S && %goescape -m=2 -l send_chan.go | diff %S/send_chan.gc.txt -
// RUN: FileCheck %s --input-file=%t

// CHECK: send_chan.go:5:2: moved to heap: c
// CHECK: `ch <- &c` sends it on a channel; values sent on channels go to the heap (send)
// CHECK: root cause: sent on a channel (`ch <- &c`, line 6)
