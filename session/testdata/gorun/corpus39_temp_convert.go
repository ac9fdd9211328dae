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

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }

func main() {
	fmt.Println(BoilingC, "=", CToF(BoilingC))
	fmt.Println(FreezingC, "=", CToF(FreezingC), "=", CToK(FreezingC))
	fmt.Println(AbsoluteZeroC, "=", CToK(AbsoluteZeroC))

	temps := []Fahrenheit{-40, 0, 32, 98.6, 212}
	for _, f := range temps {
		c := FToC(f)
		fmt.Printf("%8v -> %-8v (%v)\n", f, c, CToK(c))
	}

	var c Celsius = 20
	c += 5
	fmt.Printf("%v %T %g\n", c, c, float64(c))
	fmt.Println(c > FreezingC, c == 25)
	fmt.Printf("%.3f\n", c)
	fmt.Printf("%s|%d\n", c, int(c))
	fmt.Println([]Celsius{1, 2.5, -3})
	m := map[string]Celsius{"paris": 12.5}
	fmt.Println(m)
}
