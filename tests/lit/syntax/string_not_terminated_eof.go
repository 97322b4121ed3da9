package main

var s = "no newline at EOF