package main

import "fmt"

type Creature struct {
	Name     string
	Type     string
	password string
}

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Employee struct {
	Person
	Salary int
}

type Person struct {
	First, Last string
}

func (p Person) Full() string { return p.First + " " + p.Last }

func main() {
	c := Creature{Name: "Sammy", Type: "Shark", password: "secret"}
	fmt.Println(c.Name, c.Type)
	fmt.Printf("%+v\n", c)
	c.Name = "Jesse"
	fmt.Println(c)

	var empty Creature
	fmt.Printf("%q %q\n", empty.Name, empty.Type)

	pos := Point{3, 4}
	ptr := &pos
	ptr.X = 10
	fmt.Println(pos, *ptr)

	r := Rect{Min: Point{0, 0}, Max: Point{5, 5}, Label: "square"}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(r.Max.X - r.Min.X)

	anon := struct {
		Name string
		Age  int
	}{"anon", 3}
	fmt.Println(anon, anon.Name)

	e := Employee{Person: Person{"Ada", "Lovelace"}, Salary: 100}
	fmt.Println(e.First, e.Full(), e.Person.Last)
	fmt.Printf("%+v\n", e)

	points := []Point{{1, 2}, {3, 4}}
	for i := range points {
		points[i].X *= 10
	}
	fmt.Println(points)

	byName := map[string]*Point{"a": {1, 1}}
	byName["a"].Y = 99
	fmt.Println(*byName["a"])

	fmt.Println(Point{1, 2} == Point{1, 2})
	cp := pos
	cp.Y = -1
	fmt.Println(pos.Y, cp.Y)
	np := new(Point)
	np.Y = 7
	fmt.Printf("%v %+v\n", np, *np)
	fmt.Printf("%T %T\n", pos, ptr)
}
