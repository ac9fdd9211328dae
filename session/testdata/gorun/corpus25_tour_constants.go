package main

import "fmt"

const Pi = 3.14

const (
	// Create a huge number by shifting a 1 bit left 100 places.
	Big = 1 << 100
	// Shift it right again 99 places, so we end up with 1<<1, or 2.
	Small = Big >> 99
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func needInt(x int) int { return x*10 + 1 }
func needFloat(x float64) float64 {
	return x * 0.1
}

func main() {
	const World = "世界"
	fmt.Println("Hello", World)
	fmt.Println("Happy", Pi, "Day")
	const Truth = true
	fmt.Println("Go rules?", Truth)

	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))
	fmt.Println(Big / (1 << 98))
	fmt.Println(KB, MB, GB)
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T %T %T\n", Pi, Small, Tuesday)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
}
