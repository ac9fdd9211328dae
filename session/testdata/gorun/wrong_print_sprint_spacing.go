package main

import (
	"fmt"
	"log"
	"os"
)

// fmt.Print puts a space between two operands only where neither is a
// string, by the kind of the operand's type: values of cell types of kind
// string are strings there, whatever wrapper carries them to fmt.
type word string

type code string

func (c code) String() string { return "<" + string(c) + ">" }

type errText string

func (e errText) Error() string { return "err:" + string(e) }

type pair struct{ a, b int }

func main() {
	type local string
	type num int
	fmt.Println(fmt.Sprint(local("a"), local("b"), num(1), num(2), "c", num(3)))
	fmt.Println(fmt.Sprint(word("x"), word("y"), 1, 2, word("z")))
	fmt.Println(fmt.Sprint(code("p"), code("q"), pair{1, 2}, pair{3, 4}))
	var err error = errText("boom")
	fmt.Println(fmt.Sprint(err, err, 7, errText("e")))
	fmt.Print(word("u"), word("v"), num(8), num(9), "\n")
	fmt.Fprint(os.Stdout, local("k"), 1, 2, local("l"), "\n")
	var s fmt.Stringer = code("r")
	fmt.Println(fmt.Sprint(s, s, 5, 6))
	words := []any{word("m"), word("n"), num(1), num(2)}
	fmt.Println(fmt.Sprint(words...))
	l := log.New(os.Stdout, "log: ", 0)
	l.Print(word("a"), word("b"), num(1), num(2))
}
