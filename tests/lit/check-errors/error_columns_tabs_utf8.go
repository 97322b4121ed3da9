package main

func main() {
	s := "héllo 世界";	n := 1;		_ = s + n
	/* 日本 */ var 名前 int = "x"
	_ = 名前
}
