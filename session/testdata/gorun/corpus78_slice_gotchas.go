package main

import (
	"fmt"
	"math/big"
	"time"
	"unicode/utf8"
)

type Point struct{ X, Y int }

func modify(arr [3]int, sl []int, p Point, pp *Point) {
	arr[0] = 100
	sl[0] = 100
	p.X = 100
	pp.X = 100
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := make([]int, len(a))
	n := copy(c, a)
	c[0] = -1
	fmt.Println(n, a[0], c[0])

	arr := [3]int{1, 2, 3}
	sl := []int{1, 2, 3}
	p, pp := Point{1, 2}, &Point{1, 2}
	modify(arr, sl, p, pp)
	fmt.Println(arr, sl, p, *pp)
	fmt.Println(p == Point{1, 2}, [2]Point{{1, 2}} == [2]Point{{1, 2}, {0, 0}})

	m := map[string]Point{"a": {1, 1}}
	pt := m["a"]
	pt.X = 9
	fmt.Println(m["a"], pt)
	mp := map[string]*Point{"a": {1, 1}}
	mp["a"].X = 9
	fmt.Println(*mp["a"])

	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2

outer:
	for i := range 3 {
		for j := range 3 {
			switch {
			case j == 2:
				continue outer
			case i == 2:
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch n := 3; n {
	case 3:
		fmt.Print("three ")
		fallthrough
	case 4:
		fmt.Print("four ")
	case 5:
		fmt.Print("five")
	}
	fmt.Println()

	s := "naïve café"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[2], string(s[2]), []rune(s)[2], string([]rune(s)[2:5]))
	bs := []byte("hello")
	bs[0] = 'J'
	fmt.Println(string(bs), bs[:2])

	f := new(big.Int)
	f.MulRange(1, 30)
	fmt.Println(f, f.BitLen())
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))

	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Format("Mon Jan 2 15:04:05 2006"), t.Format(time.RFC3339), t.Weekday(), t.YearDay())
	t2 := t.AddDate(1, 0, 0)
	fmt.Println(t2.Format("2006-01-02"), t2.Sub(t), t2.Sub(t).Hours())
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds())
	fmt.Println(1<<10, 0xff&^0x0f, 7^2, -7/2, -7%2, 7>>1)
}
