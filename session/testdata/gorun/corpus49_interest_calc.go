package main

import (
	"fmt"
	"math"
)

func simpleInterest(principal, rate, years float64) float64 {
	return principal * rate * years / 100
}

func compound(principal, rate float64, timesPerYear int, years float64) float64 {
	n := float64(timesPerYear)
	return principal * math.Pow(1+rate/100/n, n*years)
}

func emi(principal, annualRate float64, months int) float64 {
	r := annualRate / 12 / 100
	f := math.Pow(1+r, float64(months))
	return principal * r * f / (f - 1)
}

func main() {
	p, r, t := 10000.0, 5.5, 3.0
	si := simpleInterest(p, r, t)
	fmt.Printf("Simple interest on %.2f at %.1f%% for %.0f years: %.2f (total %.2f)\n", p, r, t, si, p+si)

	for _, freq := range []struct {
		name string
		n    int
	}{{"yearly", 1}, {"quarterly", 4}, {"monthly", 12}, {"daily", 365}} {
		amt := compound(p, r, freq.n, t)
		fmt.Printf("%-10s %10.2f interest %8.2f\n", freq.name, amt, amt-p)
	}
	cont := p * math.Exp(r/100*t)
	fmt.Printf("%-10s %10.2f\n", "continuous", cont)

	fmt.Println("Year  Balance")
	bal := p
	for y := 1; y <= 5; y++ {
		bal *= 1 + r/100
		fmt.Printf("%4d  %9.2f\n", y, bal)
	}
	fmt.Printf("EMI for 250000 at 8.5%% over 240 months: %.2f\n", emi(250000, 8.5, 240))
	fmt.Printf("Years to double at 7%%: %.2f (rule of 72: %.2f)\n", math.Log(2)/math.Log(1.07), 72.0/7)
}
