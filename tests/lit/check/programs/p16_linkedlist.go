// A generic-free linked list and stack with recursive types.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{Val: v, Next: l.head}
	l.size++
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

type Stack []interface{}

func (s *Stack) Push(v interface{}) { *s = append(*s, v) }

func (s *Stack) Pop() (v interface{}) {
	old := *s
	v, *s = old[len(old)-1], old[:len(old)-1]
	return v
}

func main() {
	var l List
	for i := 0; i < 3; i++ {
		l.Push(i)
	}
	sum := 0
	l.Each(func(v int) { sum += v })
	var st Stack
	st.Push(1)
	st.Push("two")
	fmt.Println(sum, l.size, st.Pop(), len(st))
}
