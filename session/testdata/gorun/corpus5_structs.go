package main

import (
	"fmt"
	"reflect"
)

type Address struct {
	City, Country string
}

func (a Address) Full() string { return a.City + ", " + a.Country }

type Person struct {
	Name string `json:"name" db:"person_name"`
	Age  int    `json:"age,omitempty"`
	Address
	tags []string
}

type Employee struct {
	*Person
	Salary float64
}

type Point struct{ X, Y int }

func main() {
	p := Person{Name: "Ann", Age: 30, Address: Address{"Oslo", "Norway"}}
	fmt.Println(p.City, p.Full(), p.Address.Country)
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%#v\n", Point{1, 2})

	pp := &p
	pp.Age++
	(*pp).Name = "Anna"
	fmt.Println(p.Name, p.Age)

	e := Employee{Person: &p, Salary: 5000}
	e.Age = 40
	fmt.Println(p.Age, e.Name, e.Full())

	anon := struct {
		ID   int
		Tags []string
	}{7, []string{"a", "b"}}
	fmt.Printf("%v %+v\n", anon, anon)
	cfgs := []struct {
		key string
		on  bool
	}{{"debug", true}, {"trace", false}}
	for _, c := range cfgs {
		fmt.Println(c.key, c.on)
	}

	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1})
	c := a
	c.X = 9
	fmt.Println(a, c)

	t := reflect.TypeOf(p)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %s json=%q db=%q anon=%v\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), f.Anonymous)
	}
	np := new(Point)
	np.Y = 3
	fmt.Println(*np, np.X)
	var zero Person
	fmt.Printf("%q %d %v\n", zero.Name, zero.Age, zero.tags == nil)
	type local struct{ v int }
	ls := []local{{1}, {2}}
	for i := range ls {
		ls[i].v *= 10
	}
	fmt.Println(ls)
	fmt.Printf("%T %T\n", p, anon)
}
