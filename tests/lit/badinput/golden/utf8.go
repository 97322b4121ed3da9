package p

var s = "ÿş"
var Ãx = 1
