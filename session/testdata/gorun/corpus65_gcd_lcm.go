package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
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
	return a / gcd(a, b) * b
}

func gcdMany(nums ...int) int {
	g := nums[0]
	for _, n := range nums[1:] {
		g = gcd(g, n)
	}
	return g
}

type Fraction struct{ Num, Den int }

func (f Fraction) Reduce() Fraction {
	g := gcd(f.Num, f.Den)
	if g < 0 {
		g = -g
	}
	return Fraction{f.Num / g, f.Den / g}
}

func (f Fraction) Add(o Fraction) Fraction {
	return Fraction{f.Num*o.Den + o.Num*f.Den, f.Den * o.Den}.Reduce()
}

func (f Fraction) String() string { return fmt.Sprintf("%d/%d", f.Num, f.Den) }

func main() {
	pairs := [][2]int{{48, 18}, {17, 5}, {100, 75}, {0, 9}, {270, 192}}
	for _, p := range pairs {
		fmt.Printf("gcd(%d, %d) = %d, lcm = %d, rec = %d\n", p[0], p[1], gcd(p[0], p[1]), lcm(p[0]+1, p[1]+1), gcdRec(p[0], p[1]))
	}
	fmt.Println(gcdMany(12, 18, 24, 30))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm 1..20 =", l)
	a := Fraction{1, 6}
	b := Fraction{3, 10}
	fmt.Println(a, "+", b, "=", a.Add(b))
	fmt.Println(Fraction{12, 30}.Reduce())
	fmt.Printf("%v %s\n", Fraction{-4, 8}.Reduce(), Fraction{5, 1})
}
