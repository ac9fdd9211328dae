package main

import (
	"fmt"
	"strconv"
)

func assert(i interface{}) {
	v, ok := i.(int)
	fmt.Println(v, ok)
}

func findType(i interface{}) {
	switch v := i.(type) {
	case string:
		fmt.Printf("I am a string and my value is %s\n", v)
	case int:
		fmt.Printf("I am an int and my value is %d\n", v)
	case nil:
		fmt.Println("I am nil")
	case fmt.Stringer:
		fmt.Println("I am a Stringer:", v.String())
	case error:
		fmt.Println("I am an error:", v)
	default:
		fmt.Printf("Unknown type %T\n", v)
	}
}

type Describer interface {
	Describe()
}

type Person struct {
	name string
	age  int
}

func (p Person) Describe() {
	fmt.Printf("%s is %d years old\n", p.name, p.age)
}

func (p Person) String() string {
	return p.name + "(" + strconv.Itoa(p.age) + ")"
}

func describeAll(i interface{}) {
	switch v := i.(type) {
	case Describer:
		v.Describe()
	default:
		fmt.Printf("unknown type\n")
	}
}

func main() {
	var s interface{} = 56
	assert(s)
	var i interface{} = "Steven Paul"
	assert(i)

	findType("Naveen")
	findType(77)
	findType(89.98)
	findType(nil)
	findType(Person{"Ada", 36})
	findType(fmt.Errorf("boom %d", 1))

	describeAll("strings")
	describeAll(Person{name: "Naveen R", age: 25})

	var d Describer = Person{"Bo", 3}
	if st, ok := d.(fmt.Stringer); ok {
		fmt.Println("also a Stringer:", st)
	}
	fmt.Println(d)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	n := i.(int)
	fmt.Println("unreachable", n)
}
