package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Stringer interface{ String() string }

type Named string

func (n Named) String() string { return "Named(" + string(n) + ")" }

func describe(value any) string {
	switch str := value.(type) {
	case nil:
		return "nil"
	case string:
		return "string " + str
	case Stringer:
		return "stringer " + str.String()
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", str, str)
	case error:
		return "error " + str.Error()
	case []int:
		return fmt.Sprint("ints ", len(str))
	case func() int:
		return fmt.Sprint("func ", str())
	default:
		return fmt.Sprintf("other %T", str)
	}
}

func main() {
	vals := []any{nil, "x", Named("n"), 3, int64(4), errors.New("bad"), []int{1, 2}, func() int { return 7 }, 2.5, io.EOF}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	var r io.Reader = strings.NewReader("abc")
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("reader is not a writer")
	}
	if s, ok := r.(io.Seeker); ok {
		pos, _ := s.Seek(1, io.SeekStart)
		fmt.Println("seeker at", pos)
	}
	var x any = 42
	n := x.(int)
	fmt.Println(n + 1)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = x.(string)
}
