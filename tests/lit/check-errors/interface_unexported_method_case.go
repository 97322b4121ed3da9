package main

type I interface{ Close() error }

type F struct{}

func (F) close() error { return nil }

func main() {
	var i I = F{}
	_ = i
}
