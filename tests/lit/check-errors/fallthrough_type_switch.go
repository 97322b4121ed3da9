package main

func main() {
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
}
