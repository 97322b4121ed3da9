// sort.Interface implementation, sort.Slice with a closure, binary search.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Sort(ByAge(people))
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	ages := []int{1, 5, 9}
	idx := sort.SearchInts(ages, 5)
	var si sort.Interface = ByAge(people)
	fmt.Println(people, idx, si.Len(), sort.IsSorted(si))
}
