package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	data := []byte("0123456789abcdef")
	r := bytes.NewReader(data)
	fmt.Println(r.Len(), r.Size())

	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Printf("%d %q remaining=%d\n", n, buf, r.Len())

	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	n, _ = r.Read(buf)
	fmt.Printf("%d %q\n", n, buf[:n])
	n, err = r.Read(buf)
	fmt.Println(n, err)

	pos, _ = r.Seek(2, io.SeekStart)
	pos, _ = r.Seek(5, io.SeekCurrent)
	b, _ := r.ReadByte()
	fmt.Println(pos, string(b))
	r.UnreadByte()
	b, _ = r.ReadByte()
	fmt.Println(string(b))

	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println("negative seek:", err)
	pos, err = r.Seek(100, io.SeekStart)
	fmt.Println(pos, err, r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)

	at := make([]byte, 5)
	n, err = r.ReadAt(at, 12)
	fmt.Printf("%q %d %v\n", at[:n], n, err)

	r.Reset([]byte("héllo"))
	ch, size, _ := r.ReadRune()
	ch2, size2, _ := r.ReadRune()
	fmt.Println(string(ch), size, string(ch2), size2)
	r.UnreadRune()
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))

	var w bytes.Buffer
	r.Reset(data)
	r.Seek(10, io.SeekStart)
	m, _ := r.WriteTo(&w)
	fmt.Println(m, w.String())

	bb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		line, err := bb.ReadString('\n')
		fmt.Printf("%q ", line)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	bb.WriteString("again")
	bb.Truncate(3)
	fmt.Println(bb.String(), bb.Len())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Fields([]byte(" a b  c ")), bytes.Contains(data, []byte("9a")))
	fmt.Printf("%s\n", bytes.Title([]byte("hello world")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
}
