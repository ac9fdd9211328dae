// Armstrong (narcissistic) numbers in Go
package main

import (
	"fmt"
	"math"
	"strconv"
)

func isArmstrong(num int) bool {
	digits := len(strconv.Itoa(num))
	sum := 0
	for temp := num; temp > 0; temp /= 10 {
		d := temp % 10
		sum += int(math.Pow(float64(d), float64(digits)))
	}
	return sum == num
}

func countDigits(n int) (count int) {
	if n == 0 {
		return 1
	}
	for n != 0 {
		n /= 10
		count++
	}
	return
}

func power(base, exp int) int {
	result := 1
	for exp > 0 {
		result *= base
		exp--
	}
	return result
}

func isArmstrong2(n int) bool {
	k := countDigits(n)
	sum := 0
	for t := n; t > 0; t /= 10 {
		sum += power(t%10, k)
	}
	return sum == n
}

func main() {
	fmt.Println("Armstrong numbers between 1 and 100000:")
	var found []int
	for i := 1; i <= 100000; i++ {
		if isArmstrong(i) {
			found = append(found, i)
		}
	}
	fmt.Println(found)

	for _, n := range []int{153, 370, 371, 407, 1634, 9474, 9475, 123} {
		fmt.Printf("%d: %v %v (digits=%d)\n", n, isArmstrong(n), isArmstrong2(n), countDigits(n))
	}
	fmt.Printf("%T %v\n", isArmstrong, math.Pow(9, 4))
}
