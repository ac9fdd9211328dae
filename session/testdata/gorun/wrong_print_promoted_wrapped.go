// %T of a value whose methods are all promoted from an embedded type,
// held in a library interface: the interpreter keeps only the embedded
// value there (Dog's last field), so gogil must refuse rather than name the embedded type.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) String() string { return "animal " + a.Name }

type Dog struct {
	Breed string
	Animal
}

func main() {
	var s fmt.Stringer = Animal{"generic"}
	fmt.Println(s)
	s = Dog{"collie", Animal{"rex"}}
	fmt.Println(s)
	fmt.Printf("%T\n", s)
}
