package main

import (
	"fmt"
	"math"
	"strconv"
)

func isArmstrong(n int) bool {
	s := strconv.Itoa(n)
	k := len(s)
	sum := 0
	for _, c := range s {
		sum += int(math.Pow(float64(c-'0'), float64(k)))
	}
	return sum == n
}

func divisorSum(n int) int {
	if n < 2 {
		return 0
	}
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d*d != n {
				s += n / d
			}
		}
	}
	return s
}

func digitalRoot(n int) int {
	for n >= 10 {
		s := 0
		for n > 0 {
			s += n % 10
			n /= 10
		}
		n = s
	}
	return n
}

func reverse(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func main() {
	var arm []int
	for i := 1; i < 100000; i++ {
		if isArmstrong(i) {
			arm = append(arm, i)
		}
	}
	fmt.Println("armstrong:", arm)
	var perfect []int
	var abundant int
	for i := 2; i < 10000; i++ {
		ds := divisorSum(i)
		if ds == i {
			perfect = append(perfect, i)
		} else if ds > i {
			abundant++
		}
	}
	fmt.Println("perfect:", perfect, "abundant count:", abundant)
	for a := 2; a < 3000; a++ {
		b := divisorSum(a)
		if b > a && divisorSum(b) == a {
			fmt.Printf("amicable: (%d, %d)\n", a, b)
		}
	}
	fmt.Println(digitalRoot(493193), digitalRoot(9), digitalRoot(0))
	pal := 0
	for i := 10; i < 1000; i++ {
		if reverse(i) == i {
			pal++
		}
	}
	fmt.Println("palindromes 10..999:", pal, reverse(12340))
}
