package main

import "fmt"

type Inventory struct {
	Owner string
	Items []string
	Tags  [2]string
	Meta  map[string]int
	Ptr   *int
}

func (inv Inventory) AddValue(item string) { inv.Items = append(inv.Items, item) }
func (inv *Inventory) AddPtr(item string)  { inv.Items = append(inv.Items, item) }

func clone(in Inventory) Inventory {
	out := in
	out.Items = append([]string(nil), in.Items...)
	out.Meta = make(map[string]int, len(in.Meta))
	for k, v := range in.Meta {
		out.Meta[k] = v
	}
	return out
}

func main() {
	n := 1
	a := Inventory{Owner: "a", Items: make([]string, 1, 4), Tags: [2]string{"x", "y"}, Meta: map[string]int{"k": 1}, Ptr: &n}
	a.Items[0] = "sword"
	b := a
	b.Owner = "b"
	b.Items[0] = "shield" // shares the backing array
	b.Tags[0] = "changed" // arrays are copied
	b.Meta["k"] = 2       // maps are references
	*b.Ptr = 5
	fmt.Println(a.Owner, a.Items, a.Tags, a.Meta["k"], *a.Ptr)
	fmt.Println(b.Owner, b.Items, b.Tags, b.Meta["k"], *b.Ptr)

	b.Items = append(b.Items, "bow") // fits in cap: writes a's backing array
	fmt.Println(len(a.Items), a.Items[:2])

	a.AddValue("potion")
	fmt.Println("after AddValue:", a.Items, a.Items[:cap(a.Items)][:3])
	a.AddPtr("map")
	fmt.Println("after AddPtr:", a.Items)

	c := clone(a)
	c.Items[0] = "clone"
	c.Meta["k"] = 99
	fmt.Println(a.Items[0], a.Meta["k"], c.Items[0], c.Meta["k"])

	ptrs := []*Inventory{&a, &b}
	for _, p := range ptrs {
		p.Owner += "!"
	}
	fmt.Println(a.Owner, b.Owner)

	type pair struct{ L, R int }
	ps := [2]pair{{1, 2}, {3, 4}}
	qs := ps
	qs[0].L = 100
	fmt.Println(ps, qs)
	pptr := &ps[1]
	pptr.R = 40
	fmt.Println(ps)
}
