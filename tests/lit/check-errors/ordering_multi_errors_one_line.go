package main

func main() {
	var a int; var b string = a; c := b + 1; _ = d
}
