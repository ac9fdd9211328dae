// Temperature conversion table (Celsius, Fahrenheit, Kelvin)
package main

import "fmt"

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

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	fmt.Printf("%8s %10s %10s\n", "Celsius", "Fahrenheit", "Kelvin")
	for c := -40; c <= 100; c += 20 {
		cel := Celsius(c)
		fmt.Printf("%8.1f %10.1f %10.2f\n", float64(cel), float64(CToF(cel)), float64(CToK(cel)))
	}

	fmt.Println()
	fmt.Println("Freezing:", FreezingC, "=", CToF(FreezingC))
	fmt.Println("Boiling:", BoilingC, "=", CToF(BoilingC))
	fmt.Printf("Absolute zero: %v, %s\n", AbsoluteZeroC, CToF(AbsoluteZeroC))
	fmt.Printf("body temp 98.6F = %v\n", FToC(98.6))
	fmt.Printf("%T %T %T\n", BoilingC, CToF(0), CToK(0))
	fmt.Printf("%.3f\n", CToK(25))

	temps := []Fahrenheit{32, 212, -40, 451}
	for _, f := range temps {
		fmt.Printf("%6.1f°F -> %v\n", float64(f), FToC(f))
	}
	fmt.Println(temps)
}
