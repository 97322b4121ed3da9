package main

func main() {
	m := map[string]string{"café": "世界", "x": "é"
	}
	_ = m
}
