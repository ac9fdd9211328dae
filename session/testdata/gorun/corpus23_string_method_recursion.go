package main

import (
	"fmt"
	"strconv"
)

type MyString string

func (m MyString) String() string {
	return fmt.Sprintf("MyString=%s", string(m))
}

type Meters float64

func (m Meters) String() string {
	return fmt.Sprintf("%vm", float64(m))
}

type Temp struct {
	Deg  float64
	Unit byte
}

func (t *Temp) String() string {
	return strconv.FormatFloat(t.Deg, 'f', 1, 64) + "°" + string(t.Unit)
}

type Pair struct {
	K string
	V Meters
}

func main() {
	var s MyString = "hi"
	fmt.Println(s)
	fmt.Printf("%v %s %q\n", s, s, s)
	d := Meters(12.5)
	fmt.Println(d, []Meters{1, 2.25})
	fmt.Printf("%v %.1f %T\n", d, d, d)
	t := &Temp{21.55, 'C'}
	fmt.Println(t)
	fmt.Println(*t)
	fmt.Printf("%v %+v\n", t, Pair{"len", 3})
	ts := []*Temp{{1, 'F'}, {2, 'K'}}
	fmt.Println(ts)
	m := map[string]Meters{"a": 1}
	fmt.Println(m)
	var st fmt.Stringer = d
	fmt.Println(st.String())
}
