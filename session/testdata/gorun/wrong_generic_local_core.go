package main

import "fmt"

func Len[S ~[]E, E any](s S) int { return len(s) }

func Count[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func First[S ~[]E, E any](s S) E { return s[0] }

func main() {
	// types local to main: the interpreter cannot infer E or K, V from them
	type IDs []int
	type Env map[string]string
	type Name string
	type Names []Name
	fmt.Println(Len(IDs{1, 2, 3}), Count(Env{"A": "1"}))
	n := First(Names{"ann", "bob"})
	fmt.Printf("%v %T\n", n, n)
	show := func() {
		type Pt struct{ X, Y int }
		type Path []Pt
		fmt.Println(First(Path{{1, 2}, {3, 4}}))
	}
	show()
}
