package main

import (
	"fmt"
	"math"
)

type Employee struct {
	name     string
	salary   int
	currency string
}

func (e Employee) displaySalary() {
	fmt.Printf("Salary of %s is %s%d\n", e.name, e.currency, e.salary)
}

func (e Employee) changeName(newName string) {
	e.name = newName
}

func (e *Employee) changeSalary(newSalary int) {
	e.salary = newSalary
}

type Rectangle struct {
	length int
	width  int
}

type Circle struct {
	radius float64
}

func (r Rectangle) Area() int {
	return r.length * r.width
}

func (c Circle) Area() float64 {
	return math.Pi * c.radius * c.radius
}

type myInt int

func (a myInt) add(b myInt) myInt {
	return a + b
}

type celsius float64

func (c celsius) String() string {
	return fmt.Sprintf("%.1f°C", float64(c))
}

func main() {
	emp1 := Employee{name: "Sam Adolf", salary: 5000, currency: "$"}
	emp1.displaySalary()
	emp1.changeName("Michael")
	fmt.Println("name after changeName:", emp1.name)
	(&emp1).changeSalary(6000)
	emp1.changeSalary(7000)
	fmt.Println("salary after changeSalary:", emp1.salary)

	r := Rectangle{length: 10, width: 5}
	fmt.Printf("Area of rectangle %d\n", r.Area())
	c := Circle{radius: 12}
	fmt.Printf("Area of circle %f\n", c.Area())

	num1 := myInt(5)
	num2 := myInt(10)
	sum := num1.add(num2)
	fmt.Println("Sum is", sum)

	temps := []celsius{21.5, -3, 100}
	fmt.Println(temps)
	fmt.Printf("%v %s %d\n", temps[0], temps[1], int(temps[2]))

	f := Employee.displaySalary
	f(Employee{"Ann", 10, "€"})
	g := emp1.displaySalary
	emp1.salary = 1
	g()
}
