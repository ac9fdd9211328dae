package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity struct {
	ID   int
	Name string
}

func (e Entity) Label() string { return fmt.Sprintf("#%d %s", e.ID, e.Name) }

type Book struct {
	Entity
	Author   string
	Year     int
	Borrower *Member
}

func (b *Book) Available() bool { return b.Borrower == nil }

type Member struct {
	Entity
	Borrowed []*Book
	MaxBooks int
}

func (m *Member) String() string { return m.Label() + fmt.Sprintf(" (%d books)", len(m.Borrowed)) }

type Library struct {
	books   map[int]*Book
	members map[int]*Member
	nextID  int
}

var ErrUnavailable = errors.New("book is not available")

func (l *Library) id() int { l.nextID++; return l.nextID }

func (l *Library) AddBook(title, author string, year int) *Book {
	b := &Book{Entity: Entity{l.id(), title}, Author: author, Year: year}
	l.books[b.ID] = b
	return b
}

func (l *Library) Join(name string, max int) *Member {
	m := &Member{Entity: Entity{ID: l.id(), Name: name}, MaxBooks: max}
	l.members[m.ID] = m
	return m
}

func (l *Library) Checkout(m *Member, b *Book) error {
	switch {
	case !b.Available():
		return fmt.Errorf("%s wants %q: %w (held by %s)", m.Name, b.Name, ErrUnavailable, b.Borrower.Name)
	case len(m.Borrowed) >= m.MaxBooks:
		return fmt.Errorf("%s has reached the limit of %d", m.Name, m.MaxBooks)
	}
	b.Borrower = m
	m.Borrowed = append(m.Borrowed, b)
	return nil
}

func (l *Library) Return(m *Member, b *Book) {
	for i, x := range m.Borrowed {
		if x == b {
			m.Borrowed = append(m.Borrowed[:i], m.Borrowed[i+1:]...)
			b.Borrower = nil
			return
		}
	}
}

func main() {
	lib := &Library{books: map[int]*Book{}, members: map[int]*Member{}}
	dune := lib.AddBook("Dune", "Frank Herbert", 1965)
	hobbit := lib.AddBook("The Hobbit", "J.R.R. Tolkien", 1937)
	neuro := lib.AddBook("Neuromancer", "William Gibson", 1984)
	ann := lib.Join("Ann", 2)
	ben := lib.Join("Ben", 1)

	for _, err := range []error{
		lib.Checkout(ann, dune),
		lib.Checkout(ben, dune),
		lib.Checkout(ann, hobbit),
		lib.Checkout(ann, neuro),
		lib.Checkout(ben, neuro),
	} {
		if err != nil {
			fmt.Println("error:", err, "| unavailable:", errors.Is(err, ErrUnavailable))
		}
	}
	lib.Return(ann, dune)
	fmt.Println(lib.Checkout(ben, dune) != nil, lib.Checkout(ann, dune))

	ids := make([]int, 0, len(lib.books))
	for id := range lib.books {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		b := lib.books[id]
		who := "on shelf"
		if !b.Available() {
			who = "with " + b.Borrower.Name
		}
		fmt.Printf("%-16s %-16s %d %s\n", b.Label(), strings.ToUpper(b.Author), b.Year, who)
	}
	fmt.Println(ann, ben)
	fmt.Printf("%v %s\n", ann.Entity, ben)
	fmt.Println(dune.Entity.Name == dune.Name, ann.Borrowed[0].Name)
}
