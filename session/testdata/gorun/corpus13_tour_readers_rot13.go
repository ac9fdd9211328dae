package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := range n {
		p[i] = rot13(p[i])
	}
	return n, err
}

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}

	buf := make([]byte, 5)
	n, _ := MyReader{}.Read(buf)
	fmt.Println(n, string(buf))
	limited := io.LimitReader(MyReader{}, 12)
	all, err := io.ReadAll(limited)
	fmt.Println(string(all), err)

	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	rr := rot13Reader{s}
	io.Copy(os.Stdout, &rr)

	twice := rot13Reader{rot13Reader{strings.NewReader("round trip")}}
	back, _ := io.ReadAll(twice)
	fmt.Println(string(back))
}
