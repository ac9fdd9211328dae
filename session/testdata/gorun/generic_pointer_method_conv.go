package main

import (
	"fmt"
	"strconv"
)

// The pointer-method pattern: a type parameter constrained to *T with
// methods, converted from &value where the code calls them.
type Parser[T any] interface {
	*T
	Parse(string) error
}

type Celsius struct{ deg float64 }

func (c *Celsius) Parse(s string) error {
	f, err := strconv.ParseFloat(s, 64)
	c.deg = f
	return err
}

type Count struct{ n int }

func (c *Count) Parse(s string) error {
	n, err := strconv.Atoi(s)
	c.n = n
	return err
}

func ParseAll[T any, PT Parser[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Parse(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

type Resetter[T any] interface {
	*T
	Reset()
}

func (c *Count) Reset() { c.n = 0 }

type Bag[T any, PT Resetter[T]] struct{ items []T }

func (b *Bag[T, PT]) ResetAll() {
	for i := range b.items {
		p := PT(&b.items[i])
		p.Reset()
	}
}

func main() {
	temps, err := ParseAll[Celsius]([]string{"21.5", "-3"})
	fmt.Println(temps, err)
	counts, err := ParseAll[Count]([]string{"1", "x", "3"})
	fmt.Println(counts, err)
	b := &Bag[Count, *Count]{items: []Count{{4}, {5}}}
	b.ResetAll()
	fmt.Println(b.items)
	var fs []func() float64
	for i := range temps {
		p := PT2(&temps[i])
		fs = append(fs, func() float64 { return p.deg })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

func PT2[T any](p *T) *T { return p }
