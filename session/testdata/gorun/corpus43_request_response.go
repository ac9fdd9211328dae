package main

import "fmt"

type request struct {
	a, b  int
	op    string
	reply chan result
}

type result struct {
	value int
	err   error
}

func server(reqs <-chan request) {
	for r := range reqs {
		var res result
		switch r.op {
		case "+":
			res.value = r.a + r.b
		case "*":
			res.value = r.a * r.b
		case "/":
			if r.b == 0 {
				res.err = fmt.Errorf("divide %d by zero", r.a)
			} else {
				res.value = r.a / r.b
			}
		default:
			res.err = fmt.Errorf("unknown op %q", r.op)
		}
		r.reply <- res
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)

	call := func(a int, op string, b int) {
		reply := make(chan result)
		reqs <- request{a: a, b: b, op: op, reply: reply}
		res := <-reply
		if res.err != nil {
			fmt.Printf("%d %s %d: error: %v\n", a, op, b, res.err)
			return
		}
		fmt.Printf("%d %s %d = %d\n", a, op, b, res.value)
	}
	call(3, "+", 4)
	call(6, "*", 7)
	call(9, "/", 0)
	call(9, "/", 2)
	call(1, "%", 1)
	close(reqs)
}
