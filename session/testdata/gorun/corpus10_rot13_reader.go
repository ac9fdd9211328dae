package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// rot13Reader wraps another reader and rotates letters by 13.
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
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

// MyReader emits an infinite stream of 'A'.
type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)

	twice := rot13Reader{rot13Reader{strings.NewReader("Round trip")}}
	back, _ := io.ReadAll(twice)
	fmt.Println(string(back))

	lim := io.LimitReader(MyReader{}, 10)
	data, err := io.ReadAll(lim)
	fmt.Println(string(data), len(data), err)

	buf := make([]byte, 4)
	var r2 io.Reader = rot13Reader{strings.NewReader("Hello, Reader!")}
	for {
		n, err := r2.Read(buf)
		fmt.Printf("n = %d err = %v b = %q\n", n, err, buf[:n])
		if err == io.EOF {
			break
		}
	}
}
