package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	return a / gcd(a, b) * b
}

func lcmAll(nums ...int) int {
	result := 1
	for _, n := range nums {
		result = lcm(result, n)
	}
	return result
}

func main() {
	pairs := [][2]int{{12, 18}, {17, 5}, {100, 75}, {0, 9}, {-24, 36}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("gcd(%d, %d) = %d (recursive %d), lcm = %d\n", a, b, gcd(a, b), gcdRec(a, b), lcm(a, b))
	}
	fmt.Println("lcm(1..10) =", lcmAll(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	fmt.Println("lcm(1..20) =", lcmAll(func() []int {
		s := make([]int, 20)
		for i := range s {
			s[i] = i + 1
		}
		return s
	}()...))
	num, den := 84, 126
	g := gcd(num, den)
	fmt.Printf("%d/%d reduces to %d/%d\n", num, den, num/g, den/g)
}
