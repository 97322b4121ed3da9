package main

var a int b c

x := 1
y := 2

const c = 1 2 3 type U int

func main() {}

}
