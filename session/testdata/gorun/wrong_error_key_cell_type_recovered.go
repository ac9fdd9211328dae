package main

import "fmt"

// The same map as wrong_error_key_cell_type.go, under a recover that
// prints nothing of what it recovered: the interpreter's panic must not
// reach the program (it printed "0 false", silently).
type codeErr struct{ msg string }

func (e codeErr) Error() string { return e.msg }

func lookup(k error) (n int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	m := map[error]int{}
	m[k] = 7
	return m[k], true
}

func main() {
	fmt.Println("start")
	fmt.Println(lookup(codeErr{"x"}))
}
