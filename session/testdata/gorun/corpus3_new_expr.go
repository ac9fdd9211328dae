package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Config struct {
	Name    string         `json:"name"`
	Retries *int           `json:"retries,omitempty"`
	Verbose *bool          `json:"verbose,omitempty"`
	Timeout *time.Duration `json:"timeout,omitempty"`
}

func double(n int) int { return 2 * n }

func main() {
	p := new(42)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)
	s := new("hello")
	fmt.Println(*s, len(*s))
	d := new(double(21))
	fmt.Println(*d)
	f := new(1.5)
	fmt.Printf("%T %v\n", f, *f)
	t := new(3 * time.Second)
	fmt.Printf("%T %v\n", t, *t)
	c := Config{Name: "svc", Retries: new(3), Verbose: new(true)}
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	empty := new(int)
	fmt.Println(*empty)
	pts := new([]string{"a", "b"})
	fmt.Println(len(*pts), (*pts)[1])
}
