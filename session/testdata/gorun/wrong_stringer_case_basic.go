// A type switch with a case of fmt.Stringer, in a program that declares a
// `type Temp float64` with a String method: a plain float64 is no Stringer.
// The interpreter took 2.5 for a Temp and printed "stringer 2.5°C".
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Temp(20))
	var f any = 2.5
	switch x := f.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x)
	default:
		fmt.Printf("other %T %v\n", x, x)
	}
}
