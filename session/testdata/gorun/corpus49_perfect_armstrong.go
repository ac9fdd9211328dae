package main

import (
	"fmt"
	"math"
	"strconv"
)

func isPerfect(n int) bool {
	if n < 2 {
		return false
	}
	sum := 1
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			sum += i
			if i != n/i {
				sum += n / i
			}
		}
	}
	return sum == n
}

func isArmstrong(n int) bool {
	s := strconv.Itoa(n)
	k := float64(len(s))
	total := 0
	for _, d := range s {
		total += int(math.Pow(float64(d-'0'), k))
	}
	return total == n
}

func digitSum(n int) (s int) {
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return
}

func main() {
	var perfect, armstrong []int
	for i := 1; i <= 10000; i++ {
		if isPerfect(i) {
			perfect = append(perfect, i)
		}
		if isArmstrong(i) {
			armstrong = append(armstrong, i)
		}
	}
	fmt.Println("perfect:", perfect)
	fmt.Println("armstrong:", armstrong)
	fmt.Println("153 is armstrong?", isArmstrong(153), "154?", isArmstrong(154))
	fmt.Printf("digit sum of %d is %d\n", 987654321, digitSum(987654321))
}
