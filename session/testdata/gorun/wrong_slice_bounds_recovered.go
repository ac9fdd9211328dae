package main

import "fmt"

// A recovered slice-bounds panic: the interpreter's value was reflect's
// words ("reflect.Value.Slice3: slice index out of bounds"), printed as if
// it were Go's.
func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j, k := 1, 3, 2
	try("3-index", func() { _ = s[i:j:k] })
	try("2-index", func() { _ = s[j:i] })
	str := "abc"
	try("string", func() { _ = str[:j+2] })
}
