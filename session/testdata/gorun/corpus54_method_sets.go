package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Robot struct{ id int }

func (r *Robot) Speak() string { return fmt.Sprintf("robot %d beeps", r.id) }
func (r *Robot) Upgrade()      { r.id *= 10 }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.v) }

func main() {
	var s Speaker = Dog{"rex"}
	fmt.Println(s.Speak())
	s = &Dog{"fido"}
	fmt.Println(s.Speak())

	r := Robot{7}
	s = &r
	fmt.Println(s.Speak())
	// An addressable value can call pointer methods directly.
	r.Upgrade()
	fmt.Println(r.Speak())

	_, isSpeaker := interface{}(r).(Speaker)
	_, ptrIsSpeaker := interface{}(&r).(Speaker)
	fmt.Println("Robot value is a Speaker:", isSpeaker, "pointer:", ptrIsSpeaker)

	// fmt uses String only when the method set has it.
	t := Temp(21.55)
	fmt.Println(t, &t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))

	ps := PtrStringer{5}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %+v\n", ps, &ps)

	speakers := []Speaker{Dog{"a"}, &Robot{1}, &Dog{"b"}}
	for _, sp := range speakers {
		switch v := sp.(type) {
		case Dog:
			fmt.Println("Dog value", v.name)
		case *Dog:
			fmt.Println("Dog pointer", v.name)
		case *Robot:
			v.Upgrade()
			fmt.Println("Robot", v.id)
		}
	}
}
