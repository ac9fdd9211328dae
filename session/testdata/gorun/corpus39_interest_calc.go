package main

import (
	"fmt"
	"math"
)

type Loan struct {
	Principal float64
	Rate      float64 // annual, percent
	Years     int
}

func (l Loan) Monthly() float64 {
	r := l.Rate / 100 / 12
	n := float64(l.Years * 12)
	if r == 0 {
		return l.Principal / n
	}
	return l.Principal * r * math.Pow(1+r, n) / (math.Pow(1+r, n) - 1)
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func main() {
	p := 1000.0
	rate := 0.05
	fmt.Printf("%4s %12s %12s\n", "year", "simple", "compound")
	for y := 0; y <= 10; y += 2 {
		simple := p * (1 + rate*float64(y))
		comp := p * math.Pow(1+rate, float64(y))
		fmt.Printf("%4d %12.2f %12.2f\n", y, simple, comp)
	}
	cont := p * math.Exp(rate*10)
	fmt.Printf("continuous 10y: %.4f\n", cont)
	fmt.Println("doubling years at 7%:", math.Ceil(math.Log(2)/math.Log(1.07)))

	loans := []Loan{{200000, 6.5, 30}, {15000, 0, 5}, {25000, 3.9, 5}}
	for _, l := range loans {
		m := l.Monthly()
		total := m * float64(l.Years*12)
		fmt.Printf("%+v monthly=%.2f total=%.2f interest=%.2f\n", l, m, total, total-l.Principal)
	}
	bal := 1000.0
	l := Loan{bal, 12, 1}
	pay := round2(l.Monthly())
	fmt.Println("payment:", pay)
	for m := 1; m <= 12; m++ {
		interest := round2(bal * 0.01)
		bal = round2(bal + interest - pay)
		if m%3 == 0 {
			fmt.Printf("month %2d: interest %6.2f balance %8.2f\n", m, interest, bal)
		}
	}
	fmt.Println(round2(2.675), round2(1.005), math.Round(-2.5))
}
