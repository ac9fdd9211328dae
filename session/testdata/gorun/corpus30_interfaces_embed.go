package main

import "fmt"

type Describer interface {
	Describe()
}

type SalaryCalculator interface {
	DisplaySalary()
}

type EmployeeOperations interface {
	SalaryCalculator
	Describer
	LeavesLeft() int
}

type Employee struct {
	firstName   string
	lastName    string
	basicPay    int
	pf          int
	totalLeaves int
	leavesTaken int
}

func (e Employee) DisplaySalary() {
	fmt.Printf("%s %s has salary $%d\n", e.firstName, e.lastName, (e.basicPay + e.pf))
}

func (e Employee) Describe() {
	fmt.Println(e.firstName, "from the team")
}

func (e Employee) LeavesLeft() int {
	return e.totalLeaves - e.leavesTaken
}

type Address struct {
	state   string
	country string
}

func (a *Address) Describe() {
	fmt.Printf("State %s Country %s\n", a.state, a.country)
}

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func (s *Square) Area() float64 { return s.side * s.side }

func main() {
	e := Employee{
		firstName:   "Naveen",
		lastName:    "Ramanathan",
		basicPay:    5000,
		pf:          200,
		totalLeaves: 30,
		leavesTaken: 5,
	}
	var empOp EmployeeOperations = e
	empOp.DisplaySalary()
	empOp.Describe()
	fmt.Println("Leaves left =", empOp.LeavesLeft())

	var s SalaryCalculator = empOp
	s.DisplaySalary()

	var d1 Describer = e
	d1.Describe()
	a := Address{"Washington", "USA"}
	var d2 Describer = &a
	d2.Describe()

	shapes := []Shape{&Square{2}, &Square{3.5}}
	total := 0.0
	for _, sh := range shapes {
		total += sh.Area()
	}
	fmt.Printf("total area %.2f\n", total)
	_, isShape := interface{}(Square{1}).(Shape)
	_, ptrIsShape := interface{}(&Square{1}).(Shape)
	fmt.Println(isShape, ptrIsShape)
}
