package main

func main() {
	i := 65
	s := string(i)
}
