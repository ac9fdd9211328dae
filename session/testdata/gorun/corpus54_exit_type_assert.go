package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{}

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

func main() {
	animals := []Animal{Dog{}, Cat{}}
	for _, a := range animals {
		if d, ok := a.(Dog); ok {
			fmt.Println("a dog says", d.Sound())
		} else {
			fmt.Printf("not a dog: %T\n", a)
		}
	}
	var v interface{} = 42
	n := v.(int)
	fmt.Println("int:", n)
	s := v.(string)
	fmt.Println("unreachable", s)
}
