package main

import "fmt"

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }
func (p *Person) Birthday()       { p.Age++ }
func (p Person) Greet() string    { return "Hi, I'm " + p.First }

type Address struct {
	City, Country string
}

func (a Address) String() string { return a.City + ", " + a.Country }

type Employee struct {
	Person
	Address
	Company string
	Salary  int
}

// Greet shadows the promoted Person.Greet.
func (e Employee) Greet() string {
	return e.Person.Greet() + " from " + e.Company
}

func main() {
	e := Employee{
		Person:  Person{First: "Ada", Last: "Lovelace", Age: 36},
		Address: Address{"London", "UK"},
		Company: "Analytical Engines",
		Salary:  5000,
	}
	fmt.Println(e.FullName())
	fmt.Println(e.Greet())
	fmt.Println(e.Person.Greet())
	e.Birthday()
	fmt.Println("age now", e.Age, e.Person.Age)
	fmt.Println("lives in", e.Address)
	fmt.Println(e.City)
	fmt.Printf("%+v\n", e.Person)
	fmt.Printf("%v\n", e)

	ep := &e
	ep.Birthday()
	ep.First = "Augusta"
	fmt.Println(ep.FullName(), ep.Age)

	type Manager struct {
		*Employee
		Reports []string
	}
	m := Manager{Employee: &e, Reports: []string{"Charles", "Mary"}}
	m.Birthday()
	fmt.Println(m.FullName(), m.Age, len(m.Reports), e.Age)
}
