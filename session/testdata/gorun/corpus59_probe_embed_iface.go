package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type upperReader struct {
	io.Reader
}

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen struct{ sort.StringSlice }

func (b byLen) Less(i, j int) bool { return len(b.StringSlice[i]) < len(b.StringSlice[j]) }

type codedError struct {
	error
	code int
}

func main() {
	cr := &countingReader{Reader: strings.NewReader("hello world")}
	var sb strings.Builder
	io.Copy(&sb, upperReader{cr})
	fmt.Println(sb.String(), cr.n)
	data, _ := io.ReadAll(upperReader{strings.NewReader("abc")})
	fmt.Println(string(data))

	xs := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	ws := []string{"ccc", "a", "bb"}
	sort.Sort(byLen{ws})
	fmt.Println(ws)
	sort.Sort(reverse{byLen{ws}})
	fmt.Println(ws)

	ce := codedError{errors.New("disk full"), 28}
	var err error = ce
	fmt.Println(err, ce.code)
	fmt.Printf("%v|%s\n", ce, err.Error())
}
