package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ISBN string

type Book struct {
	ISBN   ISBN
	Title  string
	Author string
	Year   int
}

type Member struct {
	ID   int
	Name string
}

type Library struct {
	books    map[ISBN]*Book
	loans    map[ISBN]*Member
	waitlist map[ISBN][]*Member
}

var (
	ErrNoSuchBook = errors.New("no such book")
	ErrOnLoan     = errors.New("book is on loan")
)

func NewLibrary() *Library {
	return &Library{books: map[ISBN]*Book{}, loans: map[ISBN]*Member{}, waitlist: map[ISBN][]*Member{}}
}

func (l *Library) Add(b Book) { l.books[b.ISBN] = &b }

func (l *Library) Borrow(isbn ISBN, m *Member) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("borrow %s: %w", isbn, ErrNoSuchBook)
	}
	if holder, busy := l.loans[isbn]; busy {
		l.waitlist[isbn] = append(l.waitlist[isbn], m)
		return fmt.Errorf("borrow %q by %s (held by %s): %w", b.Title, m.Name, holder.Name, ErrOnLoan)
	}
	l.loans[isbn] = m
	return nil
}

func (l *Library) Return(isbn ISBN) {
	delete(l.loans, isbn)
	if q := l.waitlist[isbn]; len(q) > 0 {
		l.loans[isbn] = q[0]
		l.waitlist[isbn] = q[1:]
		fmt.Printf("%s now goes to %s\n", l.books[isbn].Title, q[0].Name)
	}
}

func (l *Library) Catalog() []Book {
	var out []Book
	for _, b := range l.books {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out
}

func (b Book) String() string { return fmt.Sprintf("%s (%d) by %s", b.Title, b.Year, b.Author) }

func main() {
	lib := NewLibrary()
	lib.Add(Book{"978-0", "The Go Programming Language", "Donovan & Kernighan", 2015})
	lib.Add(Book{"978-1", "Structure and Interpretation", "Abelson & Sussman", 1985})
	lib.Add(Book{"978-2", "The Pragmatic Programmer", "Hunt & Thomas", 1999})

	ann, ben := &Member{1, "Ann"}, &Member{2, "Ben"}
	for _, try := range []struct {
		isbn ISBN
		m    *Member
	}{{"978-0", ann}, {"978-0", ben}, {"978-9", ann}, {"978-2", ben}} {
		if err := lib.Borrow(try.isbn, try.m); err != nil {
			switch {
			case errors.Is(err, ErrOnLoan):
				fmt.Println("waitlisted:", err)
			case errors.Is(err, ErrNoSuchBook):
				fmt.Println("missing:", err)
			}
			continue
		}
		fmt.Printf("%s borrowed %s\n", try.m.Name, lib.books[try.isbn].Title)
	}
	lib.Return("978-0")
	for _, b := range lib.Catalog() {
		holder := "available"
		if m, ok := lib.loans[b.ISBN]; ok {
			holder = "loaned to " + m.Name
		}
		fmt.Printf("%-50v %s\n", b, strings.ToUpper(holder))
	}
	fmt.Printf("%+v\n", *ann)
}
