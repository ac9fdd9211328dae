package main

import "fmt"

const minutesPerDay = 24 * 60

// Clock is a time of day without a date, in minutes since midnight.
type Clock int

func New(h, m int) Clock {
	total := (h*60 + m) % minutesPerDay
	if total < 0 {
		total += minutesPerDay
	}
	return Clock(total)
}

func (c Clock) Add(m int) Clock      { return New(0, int(c)+m) }
func (c Clock) Subtract(m int) Clock { return New(0, int(c)-m) }

func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60)
}

func main() {
	cases := []struct{ h, m int }{
		{8, 0}, {11, 9}, {24, 0}, {25, 0}, {100, 0}, {1, 60}, {0, 160},
		{-1, 15}, {-25, 0}, {-91, 0}, {1, -40}, {-121, -5810},
	}
	for _, c := range cases {
		fmt.Printf("New(%d, %d) = %v\n", c.h, c.m, New(c.h, c.m))
	}
	c := New(10, 0)
	fmt.Println(c.Add(3))
	fmt.Println(c.Add(1440 * 3))
	fmt.Println(c.Subtract(30))
	fmt.Println(New(0, 3).Subtract(4))
	fmt.Println(New(15, 37) == New(-9, 37))
	fmt.Println(New(10, 37) == New(10, 36))
	m := map[Clock]string{New(7, 30): "breakfast", New(12, 0): "lunch"}
	fmt.Println(m[New(31, 30)], m[New(12, -1440)])
	fmt.Printf("%s|%v|%d\n", c, c, c)
}
