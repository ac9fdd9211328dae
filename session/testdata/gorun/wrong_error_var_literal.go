package main

import "fmt"

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

// A composite literal assigned to a variable of type error was put there
// without its Error method: fmt printed the struct's fields.
var global error = NotFound{"global"}

func lookup(k string) (err error) {
	if k != "" {
		err = NotFound{k}
	}
	return err
}

func main() {
	var e error = NotFound{"var"}
	fmt.Println(e)
	e2 := lookup("assigned")
	fmt.Printf("%v|%s|%+v\n", e2, e2, e2)
	fmt.Println(global, lookup("") == nil)
	wrapped := fmt.Errorf("lookup: %w", e2)
	fmt.Println(wrapped)
	p := NotFound{}
	p = NotFound{"plain"}
	fmt.Println(p.Key)
}
