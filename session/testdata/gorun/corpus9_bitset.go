package main

import (
	"bytes"
	"fmt"
	"math/bits"
)

type IntSet struct {
	words []uint64
}

func (s *IntSet) Has(x int) bool {
	word, bit := x/64, uint(x%64)
	return word < len(s.words) && s.words[word]&(1<<bit) != 0
}

func (s *IntSet) Add(x int) {
	word, bit := x/64, uint(x%64)
	for word >= len(s.words) {
		s.words = append(s.words, 0)
	}
	s.words[word] |= 1 << bit
}

func (s *IntSet) AddAll(xs ...int) {
	for _, x := range xs {
		s.Add(x)
	}
}

func (s *IntSet) UnionWith(t *IntSet) {
	for i, tword := range t.words {
		if i < len(s.words) {
			s.words[i] |= tword
		} else {
			s.words = append(s.words, tword)
		}
	}
}

func (s *IntSet) Len() int {
	n := 0
	for _, w := range s.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (s *IntSet) Remove(x int) {
	word, bit := x/64, uint(x%64)
	if word < len(s.words) {
		s.words[word] &^= 1 << bit
	}
}

func (s *IntSet) Copy() *IntSet {
	return &IntSet{append([]uint64(nil), s.words...)}
}

func (s *IntSet) String() string {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, word := range s.words {
		if word == 0 {
			continue
		}
		for j := 0; j < 64; j++ {
			if word&(1<<uint(j)) != 0 {
				if buf.Len() > len("{") {
					buf.WriteByte(' ')
				}
				fmt.Fprintf(&buf, "%d", 64*i+j)
			}
		}
	}
	buf.WriteByte('}')
	return buf.String()
}

type Weekdays uint8

const (
	Mon Weekdays = 1 << iota
	Tue
	Wed
	Thu
	Fri
	Sat
	Sun
)

func (w Weekdays) String() string {
	names := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	var b bytes.Buffer
	for i, n := range names {
		if w&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteString("|")
			}
			b.WriteString(n)
		}
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

func main() {
	var x, y IntSet
	x.AddAll(1, 144, 9)
	fmt.Println(x.String(), x.Len())
	y.Add(9)
	y.Add(42)
	fmt.Println(&y)
	x.UnionWith(&y)
	fmt.Println(&x, x.Has(9), x.Has(123))
	c := x.Copy()
	c.Remove(144)
	fmt.Println(&x, c, c.Len())
	fmt.Println(x) // no String on the value
	weekend := Sat | Sun
	fmt.Println(weekend, Mon|Wed|Fri, Weekdays(0))
	fmt.Printf("%v %d %08b\n", weekend&^Sun, weekend, weekend)
	fmt.Println(bits.LeadingZeros8(uint8(Thu)), bits.TrailingZeros16(64), bits.Len(255), bits.Reverse8(1))
}
