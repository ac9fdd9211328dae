package main

import (
	"fmt"
	"regexp"
	"strings"
)

type point struct{ x, y int }

type label string

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type meters float64

type box struct {
	P    *point
	Tags map[string]point
	L    label
}

func main() {
	ps := []point{{1, 2}, {3, 4}}
	m := map[string]point{"a": {5, 6}}
	pp := &point{7, 8}
	fmt.Printf("%T %T %T %T\n", ps, m, pp, [2]point{})
	fmt.Printf("%v %+v %#v\n", ps, ps, ps)
	fmt.Printf("%v %+v %#v\n", m, m, m)
	fmt.Printf("%v %+v %#v\n", pp, pp, pp)
	fmt.Println(pp, *pp, ps, m)
	fmt.Printf("%#v %#v %#v\n", point{1, 2}, label("hi"), celsius(21.5))
	fmt.Printf("%v %d %s %T\n", celsius(3), []celsius{1, 2}, []celsius{1, 2}, []celsius{})
	b := box{P: pp, Tags: m, L: "x"}
	addr := regexp.MustCompile(`0x[0-9a-f]+`)
	fmt.Println(addr.ReplaceAllString(fmt.Sprintf("%v|%+v|%#v", b, b, b), "ADDR"))
	fmt.Println(addr.ReplaceAllString(fmt.Sprintf("%v %v", []*point{pp, nil}, map[string]*point{"k": pp}), "ADDR"))
	c := celsius(4)
	var mm meters = 3
	fmt.Println(&c, addr.ReplaceAllString(fmt.Sprint(&mm), "ADDR"))
	fmt.Printf("%T\n", b)
	fmt.Printf("%#v\n", b.Tags)
	fmt.Println(fmt.Sprint(ps) + "|" + fmt.Sprintf("%v", []*point{pp})[0:1] + strings.Repeat("-", 2))
	var anyv any = ps
	fmt.Printf("%v %+v\n", anyv, anyv)
	var anym any = m
	fmt.Printf("%v\n", anym)
	var anyp any = pp
	fmt.Printf("%+v\n", anyp)
}
