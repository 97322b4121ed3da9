package p

func f() {{{ ( [ 
}
