package main

import (
	"fmt"
	"sort"
)

type Payable interface {
	Pay() float64
	Describe() string
}

type Employee struct {
	Name string
	ID   int
}

func (e Employee) Describe() string { return fmt.Sprintf("#%d %s", e.ID, e.Name) }

type Salaried struct {
	Employee
	AnnualSalary float64
}

func (s Salaried) Pay() float64 { return s.AnnualSalary / 12 }

type Hourly struct {
	Employee
	Rate  float64
	Hours float64
}

func (h Hourly) Pay() float64 {
	if h.Hours <= 40 {
		return h.Rate * h.Hours
	}
	return h.Rate*40 + h.Rate*1.5*(h.Hours-40)
}

type Commissioned struct {
	Employee
	Base, Sales, Rate float64
}

func (c Commissioned) Pay() float64 { return c.Base + c.Sales*c.Rate }

func (c Commissioned) Describe() string {
	return c.Employee.Describe() + " (commission)"
}

func main() {
	staff := []Payable{
		Salaried{Employee{"Ada", 1}, 96000},
		Hourly{Employee{"Ben", 2}, 25, 45},
		Commissioned{Employee{"Cy", 3}, 1500, 42000, 0.05},
		Hourly{Employee{"Dee", 4}, 30, 38.5},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	total := 0.0
	for _, p := range staff {
		kind := ""
		switch v := p.(type) {
		case Salaried:
			kind = "salaried"
		case Hourly:
			kind = fmt.Sprintf("hourly %.1fh", v.Hours)
		case Commissioned:
			kind = "commissioned"
		}
		fmt.Printf("%-22s %-14s $%9.2f\n", p.Describe(), kind, p.Pay())
		total += p.Pay()
	}
	fmt.Printf("%-37s $%9.2f\n", "TOTAL", total)
	if h, ok := staff[0].(Hourly); ok {
		fmt.Println("top earner is hourly:", h.Name)
	} else {
		fmt.Printf("top earner is %T\n", staff[0])
	}
}
