package main

import (
	"fmt"
	"strings"
)

type Stringish interface{ ~string }

type Tag string

type Path string

// JoinAll joins values of any string type, keeping that type.
func JoinAll[S Stringish](parts []S, sep S) S {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(string(sep))
		}
		b.WriteString(string(p))
	}
	return S(b.String())
}

func Upper[S Stringish](s S) S { return S(strings.ToUpper(string(s))) }

func main() {
	fmt.Println(JoinAll([]string{"a", "b"}, "-"))
	tags := []Tag{"go", "generics", "blog"}
	joined := JoinAll(tags, " & ")
	fmt.Printf("%T %q\n", joined, joined)
	p := JoinAll([]Path{"usr", "local", "bin"}, "/")
	fmt.Println(p, Upper(p), len(p))
}
