package main

func main() {
	s := "héllo, 世界" + )
	_ = s
}
