package main

import (
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	ISBN     string
	Title    string
	Author   string
	Year     int
	Borrowed bool
}

type Member struct {
	Name  string
	Books []*Book
}

type Library struct {
	books   map[string]*Book
	members map[string]*Member
}

func NewLibrary() *Library {
	return &Library{books: map[string]*Book{}, members: map[string]*Member{}}
}

func (l *Library) AddBook(b Book) {
	l.books[b.ISBN] = &b
}

func (l *Library) Join(name string) {
	l.members[name] = &Member{Name: name}
}

func (l *Library) Borrow(name, isbn string) error {
	m, ok := l.members[name]
	if !ok {
		return fmt.Errorf("no member %q", name)
	}
	b, ok := l.books[isbn]
	switch {
	case !ok:
		return fmt.Errorf("no book with ISBN %s", isbn)
	case b.Borrowed:
		return fmt.Errorf("%q is already borrowed", b.Title)
	case len(m.Books) >= 2:
		return fmt.Errorf("%s has reached the limit", name)
	}
	b.Borrowed = true
	m.Books = append(m.Books, b)
	return nil
}

func (l *Library) Return(name, isbn string) error {
	m := l.members[name]
	for i, b := range m.Books {
		if b.ISBN == isbn {
			b.Borrowed = false
			m.Books = append(m.Books[:i], m.Books[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("%s did not borrow %s", name, isbn)
}

func (l *Library) Available() []Book {
	var out []Book
	for _, b := range l.books {
		if !b.Borrowed {
			out = append(out, *b)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out
}

func (l *Library) Search(q string) []string {
	var titles []string
	for _, b := range l.books {
		if strings.Contains(strings.ToLower(b.Title+" "+b.Author), strings.ToLower(q)) {
			titles = append(titles, b.Title)
		}
	}
	sort.Strings(titles)
	return titles
}

func main() {
	lib := NewLibrary()
	lib.AddBook(Book{ISBN: "111", Title: "The Go Programming Language", Author: "Donovan", Year: 2015})
	lib.AddBook(Book{ISBN: "222", Title: "Concurrency in Go", Author: "Cox-Buday", Year: 2017})
	lib.AddBook(Book{ISBN: "333", Title: "Learning Go", Author: "Bodner", Year: 2021})
	lib.AddBook(Book{ISBN: "444", Title: "Go in Action", Author: "Kennedy", Year: 2015})
	lib.Join("sam")
	lib.Join("kim")

	steps := []struct{ who, isbn string }{
		{"sam", "111"}, {"kim", "111"}, {"sam", "222"}, {"sam", "333"}, {"joe", "333"}, {"kim", "999"},
	}
	for _, s := range steps {
		if err := lib.Borrow(s.who, s.isbn); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("%s borrowed %s\n", s.who, lib.books[s.isbn].Title)
		}
	}
	for _, b := range lib.Available() {
		fmt.Printf("available: %-30s %d\n", b.Title, b.Year)
	}
	fmt.Println(lib.Return("sam", "111"), lib.Return("kim", "222"))
	fmt.Println(len(lib.members["sam"].Books), lib.members["sam"].Books[0].Title)
	fmt.Println(lib.Search("go"))
	fmt.Println(lib.Search("KENNEDY"), lib.Search("rust"), lib.Search("rust") == nil)
	fmt.Printf("%+v\n", *lib.books["222"])
}
