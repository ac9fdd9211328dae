package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type ServerConfig struct {
	Addr     string         `json:"addr"`
	Timeout  *time.Duration `json:"timeout,omitempty"`
	MaxConns *int           `json:"max_conns,omitempty"`
	Verbose  *bool          `json:"verbose,omitempty"`
}

func (c ServerConfig) Describe() string {
	s := c.Addr
	if c.Timeout != nil {
		s += fmt.Sprintf(" timeout=%v", *c.Timeout)
	}
	if c.MaxConns != nil {
		s += fmt.Sprintf(" max=%d", *c.MaxConns)
	}
	if c.Verbose != nil {
		s += fmt.Sprintf(" verbose=%t", *c.Verbose)
	}
	return s
}

func defaultConns() int { return 64 }

func main() {
	cfg := ServerConfig{
		Addr:     ":8080",
		Timeout:  new(30 * time.Second),
		MaxConns: new(defaultConns() * 2),
		Verbose:  new(true),
	}
	fmt.Println(cfg.Describe())

	p := new(42)
	*p++
	fmt.Println(*p)

	s := new("hello")
	fmt.Printf("%T %s\n", s, *s)

	f := new(float32(1.5))
	fmt.Printf("%T %v\n", f, *f)

	b, _ := json.Marshal(ServerConfig{Addr: "localhost:1", MaxConns: new(5)})
	fmt.Println(string(b))

	x := 7
	q := new(x)
	x = 8
	fmt.Println(*q, x, q != &x)

	zero := new(int)
	fmt.Println(*zero)
}
