package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string { return fmt.Sprintf("node(%d)", n.Val) }

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Registry struct {
	Name  string
	Items map[string]int
	Order []string
}

// addr gives a stable label for each distinct address, so that the
// output does not depend on where things live in memory.
type addrBook struct {
	seen map[string]string
}

func (a *addrBook) label(format string, x any) string {
	s := fmt.Sprintf(format, x)
	if !strings.HasPrefix(s, "0x") {
		return "not a pointer: " + s
	}
	if a.seen == nil {
		a.seen = map[string]string{}
	}
	if l, ok := a.seen[s]; ok {
		return l
	}
	l := fmt.Sprintf("@%d", len(a.seen)+1)
	a.seen[s] = l
	return l
}

func main() {
	var book addrBook
	head := &Node{1, &Node{2, &Node{3, nil}}}
	alias := head
	second := head.Next
	fmt.Println(book.label("%p", head), book.label("%p", alias), book.label("%p", second))
	fmt.Println(book.label("%p", head.Next), book.label("%p", second.Next))

	// %v and %p of one argument.
	s := fmt.Sprintf("%v lives at %[1]p", head)
	text, at, _ := strings.Cut(s, " lives at ")
	fmt.Println(text, at == fmt.Sprintf("%p", head))
	s = fmt.Sprintf("%[1]p %[1]v %v", second, Level(4))
	fields := strings.Fields(s)
	fmt.Println(fields[1:], fields[0] == fmt.Sprintf("%p", second))

	// Slices and maps share what they point at.
	r1 := Registry{Name: "a", Items: map[string]int{"x": 1}, Order: []string{"x", "y", "z"}}
	r2 := r1
	r2.Name = "b"
	r2.Items["w"] = 2
	fmt.Println(r1.Name, r2.Name, r1.Items, book.label("%p", r1.Items) == book.label("%p", r2.Items))
	fmt.Println(book.label("%p", r1.Order) == book.label("%p", r2.Order[:2]))
	fmt.Println(book.label("%p", r1.Order) == book.label("%p", r2.Order[1:]))
	r2.Order = append([]string(nil), r1.Order...)
	fmt.Println(book.label("%p", r1.Order) == book.label("%p", r2.Order))

	levels := []Level{1, 2}
	lp := &levels[1]
	fmt.Println(*lp, book.label("%p", lp) == book.label("%p", &levels[1]))

	// A %p of a value that is no pointer is a bad verb.
	fmt.Printf("%p|%p|%p\n", Level(3), Node{Val: 7}, "str")
	var nilNode *Node
	fmt.Printf("%p %v\n", nilNode, nilNode == nil)
	fmt.Println(len(book.seen))
}
