package main

func main() {
	var i interface{}
	switch i.(type) {
	case int, string:
	case int:
	}
}
