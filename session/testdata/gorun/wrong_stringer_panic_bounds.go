package main

import "fmt"

// fmt recovers a panic of a String or Error method and prints the runtime
// error's words, which must be Go's: the interpreter's said "reflect:
// slice index out of range".
type Grade int

func (g Grade) String() string { return "FDCBA"[g : g+1] }

type Day int

var names = []string{"Mon", "Tue"}

func (d Day) String() string { return names[d] }

type codeErr struct{ code int }

var msgs = []string{"ok", "bad"}

func (e codeErr) Error() string { return msgs[e.code] }

func main() {
	fmt.Println(Grade(1), Grade(7))
	fmt.Println(Day(1), Day(5))
	fmt.Printf("%v|%s\n", Day(-1), Grade(4))
	var err error = codeErr{3}
	fmt.Println(err)
}
