package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Options struct {
	Retries *int           `json:"retries,omitempty"`
	Timeout *time.Duration `json:"timeout,omitempty"`
	Name    *string        `json:"name,omitempty"`
	Debug   *bool          `json:"debug,omitempty"`
}

func double(x int) int { return 2 * x }

func main() {
	p := new(42)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)

	opts := Options{
		Retries: new(3),
		Timeout: new(5 * time.Second),
		Name:    new("svc"),
	}
	b, _ := json.Marshal(opts)
	fmt.Println(string(b))

	q := new(double(21))
	fmt.Printf("%T %d\n", q, *q)
	s := new([]string{"a", "b"})
	fmt.Println(len(*s), (*s)[1])
	f := new(1.5)
	fmt.Printf("%T %v\n", f, *f)
	z := new(int)
	fmt.Println(*z)
	type pt struct{ X, Y int }
	pp := new(pt{1, 2})
	pp.X = 10
	fmt.Println(*pp)
}
