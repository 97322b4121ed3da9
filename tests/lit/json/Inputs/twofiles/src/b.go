package main

type Item struct {
	v    int
	next *Item
}

var registry []*Item

func makeItem(v int) *Item { return &Item{v: v} }

func register(it *Item) { registry = append(registry, it) }

func (it *Item) get() int { return it.v }
