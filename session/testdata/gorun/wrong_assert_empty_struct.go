package main

import "fmt"

// Type assertions to a struct type without fields, on values held in an
// any and a cell interface: the usual animals of a tutorial. (A second
// such type would make the values ambiguous to the interpreter: refused.)

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type ErrNotFound struct{ Key string }

func (ErrNotFound) Error() string { return "not found" }

func find(key string) (string, error) {
	if key == "" {
		return "", ErrNotFound{key}
	}
	return "value of " + key, nil
}

func pet() any { return Dog{} }

func main() {
	var a any = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d.Speak(), ok, d)
	d2 := pet().(Dog)
	fmt.Println(d2.Speak())
	var n any = 3
	_, ok = n.(Dog)
	fmt.Println("int is a dog:", ok)
	var s Speaker = Dog{}
	if dog, ok := s.(Dog); ok {
		fmt.Println("speaker dog", dog.Speak())
	}
	for _, k := range []string{"x", ""} {
		v, err := find(k)
		if nf, ok := err.(ErrNotFound); ok {
			fmt.Println("missing:", nf, nf.Error())
			continue
		}
		fmt.Println(v, err)
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var e any = fmt.Errorf("other")
	_ = e.(Dog)
}
