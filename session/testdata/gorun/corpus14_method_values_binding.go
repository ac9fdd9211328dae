package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }
func (a *Acc) Add(n int)   { a.total += n }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	a := Acc{1}
	show := a.Show
	add := a.Add
	a.total = 50
	fmt.Println(show(), a.Show())
	add(5)
	fmt.Println(a.total)

	p := &a
	showP := p.Show
	p.total = 7
	fmt.Println(showP(), p.Show())

	fShow := Acc.Show
	fAdd := (*Acc).Add
	fAdd(&a, 3)
	fmt.Println(fShow(a))

	accs := []Acc{{1}, {2}, {3}}
	var shows []func() string
	var adds []func(int)
	for _, x := range accs {
		shows = append(shows, x.Show)
	}
	for i := range accs {
		adds = append(adds, accs[i].Add)
	}
	for _, f := range adds {
		f(10)
	}
	for _, s := range shows {
		fmt.Print(s(), " ")
	}
	fmt.Println(accs)

	var plus Op = func(a, b int) int { return a + b }
	fmt.Println(plus.Apply(2, 3), Op(func(a, b int) int { return a * b }).Apply(4, 5))
	ops := map[string]Op{"+": plus, "-": func(a, b int) int { return a - b }}
	fmt.Println(ops["-"].Apply(10, 4), ops["+"](1, 1))

	type greeter struct{ name string }
	g := greeter{"x"}
	hello := func() string { return "hi " + g.name }
	g.name = "y"
	fmt.Println(hello())

	m := map[string]func(*Acc){
		"reset":  func(a *Acc) { a.total = 0 },
		"double": func(a *Acc) { a.total *= 2 },
	}
	b := Acc{21}
	m["double"](&b)
	fmt.Println(b.Show())
	m["reset"](&b)
	fmt.Println(b.Show())
}
