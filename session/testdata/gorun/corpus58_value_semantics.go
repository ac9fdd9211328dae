package main

import "fmt"

type Unit struct {
	Name string
	HP   int
	Pos  [2]int
}

func (u Unit) Moved(dx int) Unit { u.Pos[0] += dx; return u }
func (u *Unit) Hurt(n int)       { u.HP -= n }
func (u Unit) Report() string    { return fmt.Sprintf("%s:%d@%v", u.Name, u.HP, u.Pos) }

type Squad struct {
	Units   [3]Unit
	Leader  Unit
	Reserve []Unit
}

func heal(s Squad) Squad {
	for i := range s.Units {
		s.Units[i].HP = 10
	}
	return s
}

func main() {
	units := []Unit{{"a", 5, [2]int{0, 0}}, {"b", 6, [2]int{1, 1}}}
	for _, u := range units {
		u.HP = 0
	}
	fmt.Println(units[0].HP, units[1].HP)
	for i := range units {
		units[i].Hurt(1)
	}
	fmt.Println(units)

	byName := map[string]Unit{"a": units[0]}
	u := byName["a"]
	u.HP = 99
	fmt.Println(byName["a"].HP, u.HP)

	var s Squad
	s.Units[0] = units[0]
	s.Leader = s.Units[0]
	s.Leader.Pos[1] = 7
	healed := heal(s)
	fmt.Println(s.Units[0].HP, healed.Units[0].HP, s.Leader.Pos, s.Units[0].Pos)
	s2 := s
	s2.Units[1].Name = "copy"
	fmt.Printf("%q %q %v\n", s.Units[1].Name, s2.Units[1].Name, s.Units == s2.Units)
	s2.Units[1].Name = ""
	fmt.Println(s.Units == s2.Units)

	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	parr := &arr
	for i, v := range parr {
		if i == 0 {
			parr[3] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base))

	m := units[1]
	report := m.Report
	moved := m.Moved(5)
	m.HP = 1
	fmt.Println(report(), moved.Report(), m.Report())

	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
		defer fmt.Print("e", i, " ")
	}
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x, fl := 1, 2.7
	if x := x + 1; x > 1 {
		fmt.Println("inner", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	fmt.Println("outer", x, int(-fl), int(fl), uint8(300%256))
	word := "héllo, 世界"
	fmt.Println(len(word), len([]rune(word)), word[1], string(word[7]), []byte(word[:3]))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
