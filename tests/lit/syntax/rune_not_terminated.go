package main

var r = '\