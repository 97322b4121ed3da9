package main

func main() {
	var	a	int	=	1	)
	_ = a
}
