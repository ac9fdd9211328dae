package main

import (
	"fmt"
	"strings"
)

type ValS struct{ N int }

func (v ValS) String() string { return fmt.Sprintf("ValS<%d>", v.N) }

type PtrS struct{ N int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.N) }

type Wrapper struct {
	V ValS
	P PtrS
	Q *PtrS
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type List []int

func (l List) String() string {
	parts := make([]string, len(l))
	for i, v := range l {
		parts[i] = fmt.Sprint(v)
	}
	return "(" + strings.Join(parts, " ") + ")"
}

type Err struct{ msg string }

func (e Err) Error() string  { return "err: " + e.msg }
func (e Err) String() string { return "str: " + e.msg }

func main() {
	v := ValS{1}
	p := PtrS{2}
	fmt.Println(v, &v)
	fmt.Println(p, &p)
	fmt.Printf("%v %s %d %+v\n", v, v, v, v)
	fmt.Printf("%v %+v %v\n", p, p, &p)
	w := Wrapper{V: ValS{3}, P: PtrS{4}, Q: &PtrS{5}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println([]ValS{{6}, {7}}, []PtrS{{8}}, []*PtrS{{9}})
	fmt.Println(map[string]ValS{"k": {10}})
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Green, Red})
	fmt.Println(List{1, 2, 3}, []int(List{4}))
	fmt.Printf("%v %d\n", List{5, 6}, List{5, 6})
	fmt.Println(Err{"boom"})
	fmt.Printf("%v %s\n", Err{"x"}, Err{"y"})
	var st fmt.Stringer = v
	fmt.Println(st.String())
	st = &p
	fmt.Println(st)
	var anyV any = p
	_, ok := anyV.(fmt.Stringer)
	fmt.Println("PtrS value is Stringer:", ok)
	anyV = &p
	_, ok = anyV.(fmt.Stringer)
	fmt.Println("*PtrS is Stringer:", ok)
	s := fmt.Sprintf("%10s|%-10s|", v, Green)
	fmt.Println(s)
	var np *PtrS
	fmt.Println(np == nil)
}
