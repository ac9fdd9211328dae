package main

import "fmt"

type VowelsFinder interface {
	FindVowels() []rune
}

type MyString string

func (ms MyString) FindVowels() []rune {
	var vowels []rune
	for _, r := range ms {
		if r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' {
			vowels = append(vowels, r)
		}
	}
	return vowels
}

type SalaryCalculator interface {
	CalculateSalary() int
}

type Permanent struct {
	empId    int
	basicpay int
	pf       int
}

type Contract struct {
	empId    int
	basicpay int
}

func (p Permanent) CalculateSalary() int {
	return p.basicpay + p.pf
}

func (c Contract) CalculateSalary() int {
	return c.basicpay
}

func totalExpense(s []SalaryCalculator) {
	expense := 0
	for _, v := range s {
		expense = expense + v.CalculateSalary()
	}
	fmt.Printf("Total Expense Per Month $%d\n", expense)
}

type Worker interface {
	Work()
}

type Person struct {
	name string
}

func (p Person) Work() {
	fmt.Println(p.name, "is working")
}

func describe(w Worker) {
	fmt.Printf("Interface type %T value %v\n", w, w)
}

func main() {
	name := MyString("Sam Anderson")
	var v VowelsFinder
	v = name
	fmt.Printf("Vowels are %c\n", v.FindVowels())

	pemp1 := Permanent{empId: 1, basicpay: 5000, pf: 20}
	pemp2 := Permanent{empId: 2, basicpay: 6000, pf: 30}
	cemp1 := Contract{empId: 3, basicpay: 3000}
	employees := []SalaryCalculator{pemp1, pemp2, cemp1}
	totalExpense(employees)

	p := Person{name: "Naveen"}
	var w Worker = p
	describe(w)
	w.Work()

	var empty Worker
	fmt.Println(empty == nil)
	fmt.Printf("%T %v\n", empty, empty)
}
