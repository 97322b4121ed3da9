// Maps: literals, lookups with comma-ok, deletion, iteration, nested maps.
package main

import (
	"fmt"
	"sort"
)

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func (inv Inventory) Keys() []string {
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	inv := Inventory{"apple": 3, "pear": 1}
	inv.Add("apple", 2)
	if n, ok := inv["pear"]; ok {
		fmt.Println("pears:", n)
	}
	delete(inv, "pear")
	nested := map[string]map[int]bool{}
	nested["x"] = map[int]bool{1: true}
	for _, k := range inv.Keys() {
		fmt.Println(k, inv[k], len(nested["x"]))
	}
	var counts = make(map[rune]int)
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(len(counts))
}
