package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (p *ParseError) Error() string {
	return fmt.Sprintf("line %d: %q: %v", p.Line, p.Text, p.Err)
}

func (p *ParseError) Unwrap() error { return p.Err }

func sum(r io.Reader) (int, error) {
	br := bufio.NewReader(r)
	total, line := 0, 0
	for {
		s, err := br.ReadString('\n')
		if s != "" {
			line++
			s = strings.TrimSpace(s)
			if s != "" {
				n, perr := strconv.Atoi(s)
				if perr != nil {
					return total, &ParseError{line, s, perr}
				}
				total += n
			}
		}
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func main() {
	inputs := []string{"1\n2\n3\n", "10\n\n20", "5\nfive\n6\n", ""}
	for _, in := range inputs {
		total, err := sum(strings.NewReader(in))
		fmt.Printf("total=%d err=%v\n", total, err)
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("  bad line", pe.Line, errors.Is(err, strconv.ErrSyntax))
		}
	}
	r := strings.NewReader("ab")
	buf := make([]byte, 4)
	n, err := io.ReadFull(r, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = r.Read(buf)
	fmt.Println(n, err == io.EOF)
}
