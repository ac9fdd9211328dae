package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// reverse embeds a sort.Interface and overrides Less only.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type upperReader struct {
	io.Reader
}

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type Named interface{ Name() string }

type Base struct{ id int }

func (b *Base) Name() string { return fmt.Sprintf("base-%d", b.id) }
func (b *Base) SetID(id int) { b.id = id }

type Derived struct {
	*Base
	extra string
}

func main() {
	words := []string{"kiwi", "fig", "banana", "apple"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	sort.Stable(sort.Reverse(byLen(words)))
	fmt.Println(words)

	data, _ := io.ReadAll(upperReader{strings.NewReader("quiet words")})
	fmt.Println(string(data))

	d := Derived{&Base{1}, "x"}
	d.SetID(42)
	var n Named = d
	fmt.Println(n.Name(), d.id, d.Base.id)
	items := []Named{d, &Base{7}}
	for _, it := range items {
		fmt.Print(it.Name(), " ")
	}
	fmt.Println()

	var sc fmt.Stringer
	fmt.Println(sc == nil)
	var a, b int
	var s string
	cnt, err := fmt.Sscan("12 34 go", &a, &b, &s)
	fmt.Println(cnt, err, a+b, s)
	var name string
	var age int
	fmt.Sscanf("ann:41", "%3s:%d", &name, &age)
	fmt.Println(name, age)
	r := strings.NewReader("5\n1 2 3 4 5\n")
	var count int
	fmt.Fscan(r, &count)
	total := 0
	for range count {
		var v int
		fmt.Fscan(r, &v)
		total += v
	}
	fmt.Println("total", total)
}
