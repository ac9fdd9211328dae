// Cell values put into a library's interface (fmt.Stringer, error) in a
// loop: appended, stored in a map, a channel, a struct field or a variable
// declared in the body, or assigned by a range; each keeps its own value.
package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P", p.n) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type holder struct{ s fmt.Stringer }

func collect(n int) []error {
	var errs []error
	for i := range n {
		errs = append(errs, E{i})
	}
	return errs
}

func main() {
	var vs []fmt.Stringer
	for i := range 3 {
		vs = append(vs, V{i})
	}
	fmt.Println(vs, vs[0].String())

	var ps []fmt.Stringer
	for i := 0; i < 3; i++ {
		ps = append(ps, &P{i})
	}
	fmt.Println(ps)

	fmt.Println(collect(3))

	m := map[int]fmt.Stringer{}
	for i := range 3 {
		m[i] = V{i * 10}
	}
	fmt.Println(m[0], m[1], m[2])

	ch := make(chan fmt.Stringer, 3)
	for i := range 3 {
		ch <- V{i}
	}
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()

	var hs []holder
	for i := range 3 {
		hs = append(hs, holder{V{i}})
	}
	fmt.Println(hs[0].s, hs[1].s, hs[2].s)

	var kept []fmt.Stringer
	for _, v := range []V{{1}, {2}, {3}} {
		var s fmt.Stringer = v
		kept = append(kept, s)
	}
	fmt.Println(kept)

	var s fmt.Stringer
	var ranged []fmt.Stringer
	for _, s = range []V{{4}, {5}, {6}} {
		ranged = append(ranged, s)
	}
	fmt.Println(ranged, s)
}
