package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func main() {
	fmt.Println("Celsius  Fahrenheit")
	fmt.Println("-------  ----------")
	for c := -40; c <= 100; c += 20 {
		f := float64(c)*9/5 + 32
		fmt.Printf("%7d  %10.1f\n", c, f)
	}
	fmt.Println()

	fmt.Printf("%-10s %-10s %s\n", "F", "C", "K")
	for f := 0.0; f <= 212; f += 53 {
		c := (f - 32) * 5 / 9
		fmt.Printf("%-10.2f %-10.2f %.2f\n", f, c, c+273.15)
	}

	fmt.Println(BoilingC, CToF(BoilingC))
	fmt.Println(FreezingC, CToF(FreezingC))
	fmt.Println(AbsoluteZeroC, CToF(AbsoluteZeroC))
	fmt.Println(FToC(98.6))
	fmt.Printf("%v %g %.3f\n", FToC(-40), FToC(-40), float64(FToC(100)))
	temps := []Celsius{12.5, 18, 23.25}
	fmt.Println(temps)
	var sum Celsius
	for _, t := range temps {
		sum += t
	}
	fmt.Println("average:", sum/Celsius(len(temps)))
}
