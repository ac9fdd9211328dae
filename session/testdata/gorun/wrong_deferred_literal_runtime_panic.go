package main

import "fmt"

// A deferred literal that hits a run-time error while an earlier defer
// of its function, which recovers, is still to run.
func g() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer fmt.Println("second")
	defer func() {
		var m map[string]int
		m["a"] = 1
	}()
	fmt.Println("body")
	return nil
}

func main() {
	fmt.Println(g())
}
