package main

import (
	"fmt"
	"hash/fnv"
	"math/bits"
)

type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }

func (b BitSet) Set(i uint)      { b[i/64] |= 1 << (i % 64) }
func (b BitSet) Has(i uint) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b BitSet) Clear(i uint)    { b[i/64] &^= 1 << (i % 64) }
func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

type Bloom struct {
	bits BitSet
	m    uint
	k    int
}

func NewBloom(m uint, k int) *Bloom { return &Bloom{NewBitSet(int(m)), m, k} }

func (f *Bloom) hashes(s string) []uint {
	h1 := fnv.New64a()
	h1.Write([]byte(s))
	a := h1.Sum64()
	h2 := fnv.New32()
	h2.Write([]byte(s))
	b := uint64(h2.Sum32()) | 1
	out := make([]uint, f.k)
	for i := range out {
		out[i] = uint((a + uint64(i)*b) % uint64(f.m))
	}
	return out
}

func (f *Bloom) Add(s string) {
	for _, h := range f.hashes(s) {
		f.bits.Set(h)
	}
}

func (f *Bloom) MayContain(s string) bool {
	for _, h := range f.hashes(s) {
		if !f.bits.Has(h) {
			return false
		}
	}
	return true
}

func main() {
	bs := NewBitSet(130)
	for _, i := range []uint{0, 1, 63, 64, 65, 129} {
		bs.Set(i)
	}
	bs.Clear(1)
	fmt.Println(len(bs), bs.Count(), bs.Has(63), bs.Has(1), bs.Has(129))
	fmt.Printf("%064b\n%#x\n", bs[0], bs[1])
	f := NewBloom(512, 3)
	words := []string{"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
	for _, w := range words {
		f.Add(w)
	}
	for _, w := range append(words[:3:3], "kiwi", "lemon", "mango", "APPLE") {
		fmt.Printf("%-10s %v\n", w, f.MayContain(w))
	}
	fmt.Println("bits set:", f.bits.Count(), "of", f.m)
	fmt.Println(f.hashes("apple"))
	fmt.Println(bits.LeadingZeros64(1<<10), bits.TrailingZeros32(48), bits.Reverse8(0b00010110), bits.Len(255))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
}
