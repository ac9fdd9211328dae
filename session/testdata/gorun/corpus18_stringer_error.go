package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
}

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprintf("ptr#%d", p.n) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return fmt.Sprintf("key %q not found", e.Key) }

type Gofmt struct{ A int }

func (g Gofmt) GoString() string { return "Gofmt!" }

var ErrClosed = errors.New("closed")

func lookup(k string) error {
	if k == "" {
		return fmt.Errorf("lookup: %w", ErrClosed)
	}
	return fmt.Errorf("lookup %s: %w", k, NotFound{k})
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m, &m, []Money{{5, "USD"}})
	fmt.Printf("%v|%s|%d|%+v|%#v\n", m, m, m, m, m)
	fmt.Println(Both{})
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	ps := ptrStringer{7}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v\n", Gofmt{1}, Gofmt{1})
	fmt.Printf("%#v\n", Gofmt{1})
	fmt.Printf("%10s|%-10v|\n", m, Money{1, "X"})
	mm := map[string]Money{"a": {100, "GBP"}}
	fmt.Println(mm)

	err := lookup("x")
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	err = lookup("")
	fmt.Println(err, errors.Is(err, ErrClosed), errors.Unwrap(err) == ErrClosed)
	joined := errors.Join(ErrClosed, NotFound{"j"})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrClosed))
	_, err = os.Open("/nonexistent/dir/file.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println(pathErr.Op, pathErr.Path)
	}
	var e error = NotFound{"z"}
	fmt.Printf("%v %T %+v\n", e, e, e)
	var nilErr error
	fmt.Println(nilErr, nilErr == nil)
}
