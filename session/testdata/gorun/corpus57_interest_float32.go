package main

import "fmt"

func InterestRate(balance float64) float32 {
	switch {
	case balance < 0:
		return 3.213
	case balance < 1000:
		return 0.5
	case balance < 5000:
		return 1.621
	}
	return 2.475
}

func Interest(balance float64) float64 {
	return balance * float64(InterestRate(balance)) / 100
}

func AnnualBalanceUpdate(balance float64) float64 { return balance + Interest(balance) }

func YearsBeforeDesiredBalance(balance, target float64) int {
	years := 0
	for balance < target {
		balance = AnnualBalanceUpdate(balance)
		years++
	}
	return years
}

type Meters float32

func main() {
	for _, b := range []float64{-3000, 0, 999.9999, 1000, 4999.99, 5000, 1e9} {
		fmt.Println(b, InterestRate(b), Interest(b), AnnualBalanceUpdate(b))
	}
	fmt.Println(YearsBeforeDesiredBalance(100, 125.8), YearsBeforeDesiredBalance(8080.8, 9090.9))
	var f32 float32 = 0.1
	var sum float32
	for i := 0; i < 10; i++ {
		sum += f32
	}
	fmt.Println(sum, sum == 1, float64(sum), f32*3)
	d := Meters(1.1) * 3
	fmt.Printf("%v %.10f %T\n", d, d, d)
	var x float32 = 16777216
	fmt.Println(x+1, x+2, float32(1)/3)
}
