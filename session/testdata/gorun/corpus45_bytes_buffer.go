package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Fprintf(&buf, " %d+%d=%d", 2, 2, 4)
	fmt.Println(buf.String(), buf.Len())

	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Printf("read %d %q, left %q\n", n, p[:n], buf.String())
	c, _ := buf.ReadByte()
	fmt.Printf("byte %q\n", c)
	buf.UnreadByte()
	word, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", word, err)
	rest, err := buf.ReadBytes('#')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println("empty:", buf.Len() == 0)

	buf.Reset()
	buf.Grow(64)
	for i := range 5 {
		fmt.Fprintf(&buf, "[%d]", i)
	}
	buf.Truncate(9)
	fmt.Println(buf.String(), buf.Cap() >= 64)
	fmt.Println(string(buf.Next(3)), buf.String())

	b := bytes.NewBufferString("line1\nline2\nline3")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q ", line)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()

	src := bytes.NewReader([]byte("copy me to stdout\n"))
	fmt.Println("reader len", src.Len(), src.Size())
	io.Copy(os.Stdout, src)
	var out bytes.Buffer
	out.ReadFrom(bytes.NewReader([]byte("from reader")))
	out.WriteTo(os.Stdout)
	fmt.Println()

	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")),
		bytes.Contains([]byte("seafood"), []byte("foo")), string(bytes.ToUpper([]byte("up"))),
		string(bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", "))))
	fields := bytes.Fields([]byte("  a b   c "))
	fmt.Printf("%q %d\n", fields, len(fields))
}
