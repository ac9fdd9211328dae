package main

import "fmt"

type Address struct {
	City, State string
}

func (a Address) FullAddress() string {
	return a.City + ", " + a.State
}

type Contact struct {
	Email string
	Phone string
}

type Person struct {
	Name string
	Age  int
	Address
	*Contact
}

func (p *Person) Birthday() {
	p.Age++
}

func (p Person) Greet() string {
	return fmt.Sprintf("Hi, I'm %s from %s", p.Name, p.City)
}

type Employee struct {
	Person
	Company string
	Salary  float64
}

func (e Employee) Greet() string {
	return e.Person.Greet() + " and I work at " + e.Company
}

type Point struct {
	X, Y int
}

func main() {
	p := Person{Name: "Bob", Age: 30, Address: Address{"Austin", "TX"}, Contact: &Contact{Email: "bob@example.com"}}
	fmt.Println(p.Name, p.City, p.FullAddress(), p.Email)
	p.Birthday()
	fmt.Println(p.Age)
	fmt.Println(p.Greet())

	e := Employee{Person: p, Company: "Acme", Salary: 5000}
	e.Birthday()
	fmt.Println(e.Age, p.Age)
	fmt.Println(e.Greet())
	fmt.Println(e.State, e.Phone == "")

	anon := struct {
		Title string
		Pages int
	}{"Go Basics", 200}
	fmt.Println(anon.Title, anon.Pages)
	fmt.Printf("%v\n%+v\n", anon, anon)

	pt := &Point{1, 2}
	pt.X = 10
	(*pt).Y = 20
	fmt.Println(*pt, pt.X+pt.Y)
	fmt.Printf("%v %+v\n", pt, pt)

	pt2 := new(Point)
	pt2.X = 5
	fmt.Println(pt2, *pt2)

	a := Point{1, 2}
	b := Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1})

	people := []struct {
		Name string
		Age  int
	}{{"Ann", 22}, {"Ben", 33}}
	for _, q := range people {
		fmt.Printf("%s is %d\n", q.Name, q.Age)
	}

	m := map[Point]string{{0, 0}: "origin", {1, 1}: "diag"}
	fmt.Println(m[Point{0, 0}], m[Point{1, 1}], len(m))

	type local struct{ a, b int }
	l := local{b: 2}
	fmt.Printf("%+v\n", l)

	var ps []*Point
	for i := 0; i < 3; i++ {
		ps = append(ps, &Point{i, i * i})
	}
	for _, q := range ps {
		q.Y++
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
}
