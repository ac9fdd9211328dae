package main

import (
	"encoding/json"
	"fmt"
)

type Options struct {
	Retries *int    `json:"retries,omitempty"`
	Name    *string `json:"name,omitempty"`
	Verbose *bool   `json:"verbose,omitempty"`
}

func describe(o Options) string {
	s := ""
	if o.Retries != nil {
		s += fmt.Sprintf("retries=%d ", *o.Retries)
	}
	if o.Name != nil {
		s += "name=" + *o.Name + " "
	}
	if o.Verbose != nil {
		s += fmt.Sprintf("verbose=%v", *o.Verbose)
	}
	return s
}

func main() {
	o := Options{Retries: new(3), Name: new("svc"), Verbose: new(true)}
	fmt.Println(describe(o))
	b, _ := json.Marshal(o)
	fmt.Println(string(b))

	n := 10
	p := new(n * 2)
	*p += 1
	fmt.Println(*p, n)

	f := new(1.5)
	fmt.Printf("%T %v\n", f, *f)
	s := new([]int{1, 2})
	*s = append(*s, 3)
	fmt.Println(*s)
	zero := new(int)
	fmt.Println(*zero)
	type point struct{ X, Y int }
	pt := new(point{1, 2})
	pt.X = 5
	fmt.Println(*pt)
}
