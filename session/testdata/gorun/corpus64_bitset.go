package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func NewBitSet(n int) *BitSet {
	return &BitSet{words: make([]uint64, (n+63)/64)}
}

func (b *BitSet) grow(i int) {
	for i/64 >= len(b.words) {
		b.words = append(b.words, 0)
	}
}

func (b *BitSet) Set(i int) *BitSet {
	b.grow(i)
	b.words[i/64] |= 1 << (uint(i) % 64)
	return b
}

func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (uint(i) % 64)
	}
}

func (b *BitSet) Test(i int) bool {
	if i/64 >= len(b.words) {
		return false
	}
	return b.words[i/64]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) And(o *BitSet) *BitSet {
	out := &BitSet{words: make([]uint64, min(len(b.words), len(o.words)))}
	for i := range out.words {
		out.words[i] = b.words[i] & o.words[i]
	}
	return out
}

func (b *BitSet) Members() []int {
	var out []int
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func (b *BitSet) String() string {
	s := make([]string, 0)
	for _, m := range b.Members() {
		s = append(s, fmt.Sprint(m))
	}
	return "{" + strings.Join(s, " ") + "}"
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	flags := []byte("---")
	if p&Read != 0 {
		flags[0] = 'r'
	}
	if p&Write != 0 {
		flags[1] = 'w'
	}
	if p&Exec != 0 {
		flags[2] = 'x'
	}
	return string(flags)
}

func main() {
	b := NewBitSet(10)
	b.Set(1).Set(3).Set(64).Set(130)
	fmt.Println(b, b.Count(), len(b.words))
	fmt.Println(b.Test(3), b.Test(4), b.Test(1000))
	b.Clear(3)
	c := NewBitSet(0).Set(1).Set(2).Set(130)
	fmt.Println("and:", b.And(c))
	fmt.Printf("%064b\n", b.words[0])

	p := Read | Exec
	fmt.Println(p, Perm(7), Perm(0), []Perm{Write, Read | Write})
	fmt.Printf("%d %v %s %08b\n", p, p, p|Write, uint8(p))
	fmt.Println(bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(0b1001, 2))
}
