package main

import (
	"fmt"
	"strings"
)

type Person struct {
	Name string
	Age  int
	tags []string
}

func (p Person) String() string {
	type plain Person
	return fmt.Sprintf("P%+v", plain(p))
}

type Acct struct {
	ID  int
	Bal float64
}

func (a *Acct) String() string {
	type raw Acct
	return fmt.Sprintf("acct%v/%T", raw(*a), raw{})
}

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("%d.%02d", int64(m)/100, int64(m)%100)
		if f.Flag('+') {
			s = "+" + s
		}
		if f.Flag('#') {
			s = "Money(" + s + ")"
		}
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), int64(m))
	}
}

type Vec []float64

func (v *Vec) Format(f fmt.State, verb rune) {
	p, ok := f.Precision()
	if !ok {
		p = 1
	}
	parts := make([]string, len(*v))
	for i, x := range *v {
		parts[i] = fmt.Sprintf("%.*f", p, x)
	}
	fmt.Fprintf(f, "<%s>", strings.Join(parts, ","))
}

type Wrapper struct {
	fmt.Stringer
	Note string
}

func main() {
	p := Person{"Ann", 30, []string{"x"}}
	fmt.Println(p)
	fmt.Printf("%v|%s|%+v|%#v\n", p, p, p, p)
	a := &Acct{1, 2.5}
	fmt.Println(a, *a)
	m := Money(12345)
	fmt.Printf("%v|%+v|%#v|%10v|%-10v|%d|%x|%6.1f\n", m, m, m, m, m, m, m, m)
	fmt.Println(m, []Money{1, 250}, map[string]Money{"a": 99})
	v := Vec{1, 2.25}
	fmt.Printf("%v %.3v %v\n", &v, &v, v)
	w := Wrapper{p, "n"}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(strings.Repeat("-", 3))
	ps := []Person{p, {"Bo", 2, nil}}
	fmt.Println(ps)
	fmt.Printf("%q\n", ps)
}
