package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('\n')
	fmt.Fprintf(&buf, "%d + %d = %d\n", 2, 3, 5)
	fmt.Print(buf.String())
	fmt.Println("len", buf.Len())

	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	p := make([]byte, 4)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p[:n]), buf.Len())
	rest, err := io.ReadAll(&buf)
	fmt.Printf("%q %v\n", rest, err)
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF, err)

	b2 := bytes.NewBufferString("one two three")
	b2.Truncate(7)
	fmt.Println(b2.String())
	b2.WriteTo(os.Stdout)
	fmt.Println()

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fields := bytes.Fields([]byte("  a bb  ccc "))
	for _, f := range fields {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	fmt.Printf("%s\n", bytes.ToUpper(bytes.TrimSpace([]byte("  shout  "))))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf == nil)
	b3 := new(bytes.Buffer)
	b3.ReadFrom(bytes.NewReader([]byte("from reader")))
	fmt.Println(b3.String(), b3.Cap() >= b3.Len())
}
