package main

func main() {
	世界 := 1; é := 2; ö := )
	_, _, _ = 世界, é, ö
}
