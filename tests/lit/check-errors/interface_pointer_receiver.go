package main

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func main() {
	var j Job
	var r Runner = j
	_ = r
}
