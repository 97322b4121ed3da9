package p

type T struct{ p *int }

// statically initialized: nothing printed
var a = &T{}
var d = []int{1, 2}

// dynamic: new(int) in the init function
var b = new(int)

// dynamic make
var m = make(map[string]int)
var s = make([]int, 10)

// initializer calling a function
var c = mk()

func mk() *T { return &T{p: new(int)} }

// initializer with a closure call
var e = func() *int { x := 1; return &x }()
