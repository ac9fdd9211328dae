package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type ValCounter struct{ n int }

func (c ValCounter) Value() int { return c.n }
func (c *ValCounter) Inc()      { c.n++ }

type Inner struct{ hits int }

func (i *Inner) Inc()      { i.hits++ }
func (i Inner) Value() int { return i.hits }

// ByPtr embeds *Inner: both methods are in ByPtr's value method set.
type ByPtr struct {
	*Inner
	label string
}

// ByVal embeds Inner: Inc is only in *ByVal's method set.
type ByVal struct {
	Inner
	label string
}

type Resetter interface{ Reset() }

func (b *ByVal) Reset() { b.hits = 0 }

func bump(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Value()
}

func check(v any) string {
	_, isC := v.(Counter)
	_, isR := v.(Resetter)
	_, isS := v.(fmt.Stringer)
	return fmt.Sprintf("%-12T counter=%-5v resetter=%-5v stringer=%v", v, isC, isR, isS)
}

func main() {
	vc := ValCounter{}
	fmt.Println(bump(&vc, 3), vc.n)
	vc.Inc() // addressable: auto &
	fmt.Println(vc.Value())

	bp := ByPtr{Inner: &Inner{}, label: "p"}
	fmt.Println(bump(bp, 2), bp.hits)
	cp := bp // copies share the *Inner
	cp.Inc()
	fmt.Println(bp.Value(), cp.Value())

	bv := ByVal{label: "v"}
	fmt.Println(bump(&bv, 4), bv.hits)
	cv := bv
	cv.Inc()
	fmt.Println(bv.Value(), cv.Value())
	(&cv).Reset()
	fmt.Println(cv.hits)

	for _, v := range []any{vc, &vc, bp, &bp, bv, &bv, Inner{}, &Inner{}} {
		fmt.Println(check(v))
	}

	// An interface holding a value holds a copy.
	var c Counter = &vc
	vc.n = 100
	fmt.Println(c.Value())
	var anyVal any = vc
	vc.n = 7
	fmt.Println(anyVal.(ValCounter).n, vc.n)

	// Map values are not addressable, but a map of pointers is fine.
	m := map[string]*ValCounter{"a": {}, "b": {n: 10}}
	m["a"].Inc()
	m["b"].Inc()
	fmt.Println(m["a"].Value(), m["b"].Value())

	// Slice elements are addressable.
	cs := []ValCounter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, c := range cs {
		c.Inc() // increments the copy
	}
	fmt.Println(cs)

	// Method value bound to a pointer sees later changes; to a value doesn't.
	vc2 := ValCounter{n: 1}
	inc := vc2.Inc
	val := vc2.Value
	inc()
	inc()
	fmt.Println(vc2.n, val())
}
