package main

func main() {
	var i interface{}
	switch v := i.(type) {
	case int:
	}
}
