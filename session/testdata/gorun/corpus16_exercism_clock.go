package main

import "fmt"

const minutesPerDay = 24 * 60

type Clock struct {
	m int
}

func New(h, m int) Clock {
	total := (h*60 + m) % minutesPerDay
	if total < 0 {
		total += minutesPerDay
	}
	return Clock{total}
}

func (c Clock) Add(m int) Clock      { return New(0, c.m+m) }
func (c Clock) Subtract(m int) Clock { return New(0, c.m-m) }
func (c Clock) String() string       { return fmt.Sprintf("%02d:%02d", c.m/60, c.m%60) }

type Robot struct {
	X, Y int
	Dir  byte
}

func (r *Robot) Run(cmds string) {
	turnRight := map[byte]byte{'N': 'E', 'E': 'S', 'S': 'W', 'W': 'N'}
	turnLeft := map[byte]byte{}
	for k, v := range turnRight {
		turnLeft[v] = k
	}
	for i := 0; i < len(cmds); i++ {
		switch cmds[i] {
		case 'R':
			r.Dir = turnRight[r.Dir]
		case 'L':
			r.Dir = turnLeft[r.Dir]
		case 'A':
			switch r.Dir {
			case 'N':
				r.Y++
			case 'S':
				r.Y--
			case 'E':
				r.X++
			case 'W':
				r.X--
			}
		}
	}
}

func main() {
	fmt.Println(New(8, 0), New(11, 9), New(24, 0), New(25, 0), New(1, -40), New(-25, -160))
	fmt.Println(New(10, 0).Add(3), New(23, 59).Add(2), New(0, 3).Subtract(4))
	a, b := New(15, 37), New(15, 37)
	fmt.Println(a == b, New(24, 0) == New(0, 0), New(1, 0) == New(0, 1))
	clocks := map[Clock]string{New(7, 0): "breakfast", New(12, 30): "lunch"}
	fmt.Println(clocks[New(31, 0)], clocks[New(0, 750)])
	fmt.Printf("%v %s %+v %d\n", a, a, a, a.m)
	r := Robot{7, 3, 'N'}
	r.Run("RAALAL")
	fmt.Printf("%d %d %c\n", r.X, r.Y, r.Dir)
	rs := []Robot{{0, 0, 'N'}, {2, -7, 'E'}}
	for i := range rs {
		rs[i].Run("LAAARRRALLLL")
	}
	for _, x := range rs {
		x.Run("AAAA")
	}
	fmt.Println(rs[0].X, rs[0].Y, string(rs[0].Dir), rs[1].X, rs[1].Y, string(rs[1].Dir))
}
