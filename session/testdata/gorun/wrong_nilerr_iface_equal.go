package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Temp interface{}

type Label struct{ text string }

func (l *Label) String() string { return l.text }

type Grade int

func (g Grade) String() string { return fmt.Sprint("grade ", int(g)) }

func main() {
	// The code names both dynamic types: decided without the values.
	fmt.Println(Temp(Celsius(20)) == Temp(20.0))
	fmt.Println(Temp(Celsius(20)) == Temp(Celsius(20)))
	fmt.Println(any(Celsius(1)) == any(Fahrenheit(1)))
	fmt.Println(any(Grade(2)) == any(2), any(Grade(2)) == any(Grade(2)))

	// Different values are different whatever their types.
	var t1, t2 Temp = Celsius(20), 21.0
	fmt.Println(t1 == t2, t1 != t2)
	readings := []any{Celsius(1), 2.5, Celsius(3)}
	for i, r := range readings {
		fmt.Println(i, r == any(Celsius(2)), r == nil)
	}

	// Pointers of cell types in fmt.Stringer, nil or not.
	var l1, l2 *Label
	var s1, s2 fmt.Stringer = l1, l2
	x := &Label{"x"}
	var s3, s4 fmt.Stringer = x, x
	fmt.Println(s1 == s2, s1 == s3, s3 == s4, s3 == fmt.Stringer(&Label{"x"}))
	fmt.Println(s1 != nil, s3 != nil)
}
