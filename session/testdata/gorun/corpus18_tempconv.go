package main

import (
	"flag"
	"fmt"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const (
	AbsoluteZeroC Celsius = -273.15
	FreezingC     Celsius = 0
	BoilingC      Celsius = 100
)

func (c Celsius) String() string    { return fmt.Sprintf("%g°C", c) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%g°F", f) }
func (k Kelvin) String() string     { return fmt.Sprintf("%gK", float64(k)) }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func FToC(f Fahrenheit) Celsius { return Celsius((f - 32) * 5 / 9) }
func CToK(c Celsius) Kelvin     { return Kelvin(c - AbsoluteZeroC) }
func KToC(k Kelvin) Celsius     { return Celsius(k) + AbsoluteZeroC }

type celsiusFlag struct{ Celsius }

func (f *celsiusFlag) Set(s string) error {
	var unit string
	var value float64
	fmt.Sscanf(s, "%f%s", &value, &unit)
	switch unit {
	case "C", "°C":
		f.Celsius = Celsius(value)
		return nil
	case "F", "°F":
		f.Celsius = FToC(Fahrenheit(value))
		return nil
	case "K":
		f.Celsius = KToC(Kelvin(value))
		return nil
	}
	return fmt.Errorf("invalid temperature %q", s)
}

func main() {
	fmt.Println(BoilingC-FreezingC, CToF(BoilingC), CToK(FreezingC))
	fmt.Printf("%v %s %g %.2f\n", AbsoluteZeroC, FToC(-40), CToF(37), CToF(37))
	c := FToC(212.0)
	fmt.Println(c.String(), c, float64(c))
	temps := []Celsius{-40, 0, 36.6}
	fmt.Println(temps)
	fmt.Printf("%v %d\n", Kelvin(300), []Kelvin{1})
	m := map[string]Fahrenheit{"body": CToF(37)}
	fmt.Println(m)
	var s fmt.Stringer = Kelvin(0)
	fmt.Println(s)

	fs := flag.NewFlagSet("temp", flag.ContinueOnError)
	f := celsiusFlag{20.0}
	fs.Var(&f, "temp", "the temperature")
	for _, arg := range []string{"-temp=-18C", "-temp=212°F", "-temp=0K"} {
		if err := fs.Parse([]string{arg}); err != nil {
			fmt.Println(err)
		}
		fmt.Println(f.Celsius)
	}
	fs.SetOutput(new(nopWriter))
	err := fs.Parse([]string{"-temp=hot"})
	fmt.Println(err)
}

type nopWriter struct{}

func (*nopWriter) Write(p []byte) (int, error) { return len(p), nil }
