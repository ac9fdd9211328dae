package main

import (
	"fmt"
	"sort"
	"strings"
)

type Payable interface {
	MonthlyPay() float64
}

type Staff struct {
	Name  string
	Title string
}

func (s Staff) Badge() string { return strings.ToUpper(s.Name[:3]) + "-" + s.Title }

type Salaried struct {
	Staff
	Annual float64
}

func (s Salaried) MonthlyPay() float64 { return s.Annual / 12 }

type Hourly struct {
	Staff
	Rate  float64
	Hours float64
}

func (h Hourly) MonthlyPay() float64 {
	if h.Hours <= 160 {
		return h.Rate * h.Hours
	}
	return h.Rate*160 + h.Rate*1.5*(h.Hours-160)
}

type Commissioned struct {
	Salaried
	Sales float64
	Pct   float64
}

func (c Commissioned) MonthlyPay() float64 { return c.Salaried.MonthlyPay() + c.Sales*c.Pct/100 }

type Badger interface {
	Badge() string
}

type Employee interface {
	Payable
	Badger
}

func main() {
	staff := []Employee{
		Salaried{Staff{"Alice", "Engineer"}, 96000},
		Hourly{Staff{"Bob", "Support"}, 25, 172},
		Commissioned{Salaried{Staff{"Carol", "Sales"}, 48000}, 30000, 5},
		Hourly{Staff: Staff{Name: "Dave", Title: "Intern"}, Rate: 15, Hours: 80},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].MonthlyPay() > staff[j].MonthlyPay() })

	var total float64
	byKind := map[string]float64{}
	for _, e := range staff {
		pay := e.MonthlyPay()
		total += pay
		kind := fmt.Sprintf("%T", e)
		byKind[kind] += pay
		fmt.Printf("%-16s %-20s %10.2f\n", e.Badge(), kind, pay)
	}
	fmt.Printf("%-37s %10.2f\n", "TOTAL", total)

	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("  %s: %.2f\n", k, byKind[k])
	}
	c := staff[1].(Commissioned)
	fmt.Println(c.Name, c.Salaried.Staff.Title, c.Annual)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v\n", staff[len(staff)-1])
}
