package main

func inX() *int { v := 1; return &v }
