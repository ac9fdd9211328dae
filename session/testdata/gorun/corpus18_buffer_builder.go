package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func intsToString(values []int) string {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, v := range values {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(&buf, "%d", v)
	}
	buf.WriteByte(']')
	return buf.String()
}

func main() {
	fmt.Println(intsToString([]int{1, 2, 3}))

	var b bytes.Buffer
	b.Write([]byte("hello "))
	b.WriteString("world\nsecond line\nthird")
	b.WriteRune('!')
	fmt.Println(b.Len())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	p := make([]byte, 6)
	n, _ := b.Read(p)
	fmt.Printf("%d %q rest=%q\n", n, p[:n], b.String())
	by, _ := b.ReadByte()
	b.UnreadByte()
	fmt.Println(string(by), b.Len())
	b.Truncate(3)
	fmt.Printf("%q\n", b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)

	r := bytes.NewReader([]byte("0123456789"))
	r.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest), r.Len())

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fields := bytes.Fields([]byte("  a b   c "))
	fmt.Printf("%q\n", fields)
	fmt.Printf("%s\n", bytes.ToUpper(bytes.TrimSpace([]byte("  shout  "))))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	var w io.Writer = &b
	io.Copy(w, strings.NewReader("copied"))
	fmt.Println(b.String())
}
