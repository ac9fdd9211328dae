package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world %d!", 2024)
	b.WriteByte('\n')
	b.WriteRune('é')
	fmt.Println(b.Len(), b.String())

	b.Reset()
	b.WriteString("one,two,three")
	first, err := b.ReadString(',')
	fmt.Printf("%q %v rest=%q\n", first, err, b.String())
	next := b.Next(3)
	fmt.Printf("%q %q\n", next, b.String())
	rest, err := b.ReadBytes('!')
	fmt.Printf("%q %v\n", rest, err)

	buf := bytes.NewBufferString("truncate me please")
	buf.Truncate(11)
	fmt.Println(buf.String(), buf.Len())
	c, _ := buf.ReadByte()
	buf.UnreadByte()
	fmt.Println(string(c), buf.String())

	r := bytes.NewReader([]byte("0123456789"))
	r.Seek(5, io.SeekStart)
	part := make([]byte, 3)
	r.Read(part)
	fmt.Println(string(part), r.Len(), r.Size())
	pos, _ := r.Seek(-2, io.SeekEnd)
	tail, _ := io.ReadAll(r)
	fmt.Println(pos, string(tail))

	var out bytes.Buffer
	out.WriteString("to stdout via WriteTo\n")
	n, _ := out.WriteTo(os.Stdout)
	fmt.Println(n, out.Len())

	fields := bytes.Fields([]byte("  a  bb ccc "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("-"))))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%s\n", bytes.Title(bytes.ToLower([]byte("MIXED case"))))
}
