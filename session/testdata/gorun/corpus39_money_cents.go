package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func ParseDollars(s string) (Cents, error) {
	s = strings.TrimPrefix(s, "$")
	whole, frac, found := strings.Cut(s, ".")
	d, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad dollars %q: %w", s, err)
	}
	var c int64
	if found {
		if len(frac) != 2 {
			return 0, errors.New("need exactly two cent digits")
		}
		c, err = strconv.ParseInt(frac, 10, 64)
		if err != nil {
			return 0, err
		}
	}
	return Cents(d*100 + c), nil
}

func (c Cents) Split(n int) []Cents {
	parts := make([]Cents, n)
	base := c / Cents(n)
	rem := c % Cents(n)
	for i := range parts {
		parts[i] = base
		if Cents(i) < rem {
			parts[i]++
		}
	}
	return parts
}

func main() {
	prices := []string{"$19.99", "4.50", "$100", "3.5", "abc", "$0.07"}
	var total Cents
	for _, p := range prices {
		c, err := ParseDollars(p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		total += c
		fmt.Printf("%-8s -> %10v (%d cents)\n", p, c, int64(c))
	}
	fmt.Println("total:", total)
	tax := total * 8 / 100
	fmt.Println("tax:", tax, "grand:", total+tax)
	fmt.Println("split 3:", total.Split(3))
	var refund Cents = -1234
	fmt.Println("refund:", refund)
	fmt.Printf("%v %d %T\n", refund, refund, refund)
	fmt.Printf("%12s|\n", total.String())
}
