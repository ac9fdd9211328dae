package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'f', 2, 64) + "°C" }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.2f°F", float64(f)) }

func parse(s string) (Celsius, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return 0, fmt.Errorf("too short: %q", s)
	}
	unit := strings.ToUpper(s[len(s)-1:])
	v, err := strconv.ParseFloat(s[:len(s)-1], 64)
	if err != nil {
		return 0, fmt.Errorf("bad number in %q: %v", s, err)
	}
	switch unit {
	case "C":
		return Celsius(v), nil
	case "F":
		return FToC(Fahrenheit(v)), nil
	case "K":
		return Celsius(v) + AbsoluteZeroC, nil
	}
	return 0, fmt.Errorf("unknown unit %s", unit)
}

func describe(c Celsius) string {
	switch {
	case c < FreezingC:
		return "freezing"
	case c < 15:
		return "cold"
	case c < 25:
		return "mild"
	case c < BoilingC:
		return "hot"
	default:
		return "boiling"
	}
}

func main() {
	fmt.Printf("%-10s %-10s %-10s\n", "Celsius", "Fahrenheit", "Kelvin")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%-10.1f %-10.1f %-10.2f\n", float64(c), float64(CToF(c)), float64(CToK(c)))
	}
	fmt.Println(BoilingC, CToF(BoilingC), FToC(212), AbsoluteZeroC)
	for _, in := range []string{"37C", "98.6F", "300K", "-10c", "abcF", "20X", "5"} {
		c, err := parse(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-6s = %v = %v (%s)\n", in, c, CToF(c), describe(c))
	}
	var f Fahrenheit = 451
	fmt.Println(f, FToC(f))
	temps := []float64{22.5, 19, 30.25, 15.5}
	var sum float64
	hi, lo := temps[0], temps[0]
	for _, t := range temps {
		sum += t
		hi = max(hi, t)
		lo = min(lo, t)
	}
	fmt.Printf("avg %.3f hi %v lo %v\n", sum/float64(len(temps)), hi, lo)
	fmt.Println(Celsius(1)/3, CToF(-40) == Fahrenheit(FToC(-40)))
}
