package main

import (
	"fmt"
	"time"
)

type Address struct {
	Street, City string
	Zip          int
}

type Person struct {
	Name    string
	Age     int
	Email   *string
	Address Address
	Tags    []string
	Meta    map[string]int
	born    time.Month
}

type Temperature float64

func (t Temperature) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Where string
	Temp  Temperature
	Prev  *Temperature
}

func main() {
	email := "ann@example.com"
	p := Person{Name: "Ann", Age: 31, Email: &email, Address: Address{"1 Main St", "Springfield", 12345},
		Tags: []string{"admin", "dev"}, Meta: map[string]int{"z": 1, "a": 2}, born: time.March}
	q := p
	q.Email = nil
	q.Tags = nil
	fmt.Printf("%v\n", q)
	fmt.Printf("%+v\n", q)
	fmt.Printf("%T %T %T\n", p, &p, p.Address)
	fmt.Println(p.Address, p.born, p.Meta)
	fmt.Printf("%#v\n", p.Address)
	fmt.Printf("%#v %#v\n", p.Tags, p.Meta)
	people := []Person{p, q}
	fmt.Println(len(people), people[1].Name, people[0].Address.City)
	prev := Temperature(18.25)
	r := Reading{"lab", 21.5, &prev}
	fmt.Println(r.Temp, *r.Prev, r.Where)
	fmt.Printf("%v %s %.2f\n", r.Temp, r.Temp, float64(r.Temp))
	fmt.Printf("%+v\n", Reading{Where: "roof", Temp: -3})
	temps := []Temperature{1, 2.5, -0.25}
	fmt.Println(temps)
	m := map[string]Temperature{"b": 4, "a": 3}
	fmt.Println(m)
	fmt.Printf("%5.1f|%-6d|%06.2f|%x|%X|%o|%b|%e\n", 3.14159, 42, 3.14159, 255, 255, 8, 5, 123456.789)
	fmt.Printf("%q %v %d %c %U\n", 'A', 'A', 'A', 65, 0x1F600)
	fmt.Printf("%8s|%-8s|%.2s|%t|%p\n", "right", "left", "truncate", true, nil)
	fmt.Printf("%v %v\n", [3]int{1, 2}, struct {
		X, Y int
	}{1, 2})
	var ip *int
	var e error
	fmt.Println(ip, e, []int(nil), map[string]int(nil))
	fmt.Printf("%d%%\n", 50)
}
