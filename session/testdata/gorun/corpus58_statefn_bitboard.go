package main

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
)

type Machine struct {
	input []string
	pos   int
	coins int
	out   []string
}

type stateFn func(*Machine) stateFn

func idle(m *Machine) stateFn {
	if m.pos >= len(m.input) {
		return nil
	}
	ev := m.input[m.pos]
	m.pos++
	switch ev {
	case "coin":
		m.coins++
		return paid
	case "push":
		m.out = append(m.out, "locked")
		return idle
	}
	m.out = append(m.out, "ignored "+ev)
	return idle
}

func paid(m *Machine) stateFn {
	if m.pos >= len(m.input) {
		return nil
	}
	ev := m.input[m.pos]
	m.pos++
	switch ev {
	case "push":
		m.out = append(m.out, "pass")
		return idle
	case "coin":
		m.coins++
		m.out = append(m.out, "refund")
		fallthrough
	default:
		return paid
	}
}

type Bitboard uint64

func (b Bitboard) Set(sq int) Bitboard  { return b | 1<<uint(sq) }
func (b Bitboard) Has(sq int) bool      { return b&(1<<uint(sq)) != 0 }
func (b Bitboard) Count() int           { return bits.OnesCount64(uint64(b)) }
func (b Bitboard) Shift(n int) Bitboard { return b << n }
func (b Bitboard) String() string {
	var sb strings.Builder
	for r := 7; r >= 0; r-- {
		for f := range 8 {
			if b.Has(r*8 + f) {
				sb.WriteByte('1')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	m := &Machine{input: strings.Fields("push coin coin push dance coin push push")}
	steps := 0
	for state := stateFn(idle); state != nil; state = state(m) {
		steps++
	}
	fmt.Println(steps, m.coins, m.out)

	var b Bitboard
	for _, sq := range []int{0, 9, 18, 27, 36, 45, 54, 63} {
		b = b.Set(sq)
	}
	fmt.Print(b)
	fmt.Println(b.Count(), b.Shift(1).Count(), bits.TrailingZeros64(uint64(b.Shift(3))), bits.Len8(200))
	fmt.Printf("%#x %d\n", uint64(b), bits.Reverse8(0b00010011))

	var small int8 = 127
	small++
	var u uint8 = 0
	u--
	fmt.Println(small, u, -7/2, -7%2, 7>>1, -7>>1, math.MaxInt64, uint32(math.MaxUint32))
	inf := math.Inf(1)
	fmt.Println(inf, -inf, math.NaN(), math.Sqrt(-1) == math.NaN(), 1/inf, math.Floor(-2.5), math.Round(2.5))
	const huge = 1 << 100
	fmt.Println(huge>>98, float64(huge) > 1e30)
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println("n", n)
}
