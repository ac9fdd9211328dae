package main

import "fmt"

type V struct{ X int }

func (v *V) Format(f fmt.State, c rune) { fmt.Fprintf(f, "V<%d>", v.X) }

type G struct{ N string }

func (g *G) GoString() string { return "G!" + g.N }

type NF struct{ K string }

func (e *NF) Error() string { return "nf " + e.K }

type Holder struct {
	V  V
	PV *V

	E error
	A any
}

func main() {
	v := V{1}
	fmt.Println(v, &v, []V{{2}}, []*V{{3}})
	fmt.Printf("%v %d %s\n", v, &v, []*V{{4}})
	g := G{"x"}
	fmt.Printf("%#v %#v %#v\n", g, &g, []*G{{"y"}})
	fmt.Println(NF{"k"}, &NF{"p"}, []NF{{"q"}}, []error{&NF{"r"}})
	h := Holder{V: V{5}, PV: &V{6}, E: &NF{"e"}, A: &V{7}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%#v\n", &G{"z"})
	m := map[string]*V{"a": {8}}
	fmt.Println(m)
	mg := map[string]*G{"b": {"w"}}
	fmt.Printf("%#v\n", mg)
}
