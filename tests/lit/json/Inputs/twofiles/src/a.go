// Two files in one package (with a third that gets no escape record):
// cross-file calls; callers come before their callees, so records are
// emitted out of position order and sorted.
package main

func useB() *Item {
	it := makeItem(1)
	it.next = &Item{v: 3}
	register(it)
	return it
}

func local() int {
	it := Item{v: 2}
	return it.get()
}

func main() {
	_ = useB()
	_ = local()
	_ = at([]int{1, 2}, 1)
}
