package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("id,name\n1,ann\n2,bob\n")
	for line := range bytes.Lines(data) {
		fmt.Printf("%q\n", line)
	}
	for f := range bytes.SplitSeq([]byte("a b c"), []byte(" ")) {
		fmt.Print(string(f), ".")
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte("  x  y z ")) {
		fmt.Printf("%s|", f)
	}
	fmt.Println()

	rest, ok := bytes.CutPrefix([]byte("Bearer abc123"), []byte("Bearer "))
	fmt.Println(string(rest), ok)
	k, v, ok := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Println(string(k), string(v), ok)

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.ToUpper([]byte("shout")), string(bytes.TrimSpace([]byte("  pad  "))))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Index([]byte("chicken"), []byte("ken")))
}
