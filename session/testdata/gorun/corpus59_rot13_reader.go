package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
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

type slowReader struct {
	data string
	pos  int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = s.data[s.pos]
	s.pos++
	return 1, nil
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)

	twice := rot13Reader{rot13Reader{strings.NewReader("Round trip\n")}}
	io.Copy(os.Stdout, twice)

	sr := &slowReader{data: "one byte at a time"}
	reads := 0
	var out []byte
	buf := make([]byte, 8)
	for {
		n, err := sr.Read(buf)
		out = append(out, buf[:n]...)
		if n > 0 {
			reads++
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println(string(out), reads)

	all, err := io.ReadAll(rot13Reader{&slowReader{data: "Uryyb"}})
	fmt.Printf("%s %v\n", all, err)
	var rd io.Reader = r
	_, isRot := rd.(rot13Reader)
	fmt.Printf("%T %v\n", rd, isRot)
}
