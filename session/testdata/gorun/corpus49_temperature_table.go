package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c + 273.15) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func main() {
	fmt.Printf("%8s %8s %8s\n", "C", "F", "K")
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%8.2f %8.2f %8.2f\n", c, CToF(c), CToK(c))
	}
	fmt.Println()
	for f := Fahrenheit(0); f <= 212; f += 53 {
		fmt.Printf("%6.2f°F = %6.2f°C\n", float64(f), float64(FToC(f)))
	}
	fmt.Println(BoilingC, CToF(BoilingC), AbsoluteZeroC)
	fmt.Printf("%v %s %.3f\n", FreezingC, CToF(FreezingC), float64(CToK(FreezingC)))
	temps := []Celsius{21.5, 19.0, 25.25, 17.75}
	var sum Celsius
	for _, t := range temps {
		sum += t
	}
	fmt.Println("average:", sum/Celsius(len(temps)))
}
