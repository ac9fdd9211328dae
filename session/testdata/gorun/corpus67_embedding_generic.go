package main

import "fmt"

type Base[T any] struct {
	ID    T
	Notes []string
}

func (b *Base[T]) Note(s string) { b.Notes = append(b.Notes, s) }

func (b Base[T]) Key() string { return fmt.Sprintf("id-%v", b.ID) }

type User struct {
	Base[int]
	Name string
}

type Doc struct {
	Base[string]
	Title string
}

type Keyed interface {
	Key() string
}

func Keys[T Keyed](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Key()
	}
	return out
}

func main() {
	u := User{Base: Base[int]{ID: 7}, Name: "ann"}
	u.Note("created")
	u.Note("verified")
	fmt.Println(u.Key(), u.Name, u.Notes)
	fmt.Printf("%+v\n", u)
	d := Doc{Base[string]{ID: "readme"}, "Read Me"}
	fmt.Println(d.Key(), d.Title, len(d.Notes))
	fmt.Println(Keys([]User{u, {Base: Base[int]{ID: 9}}}))
	fmt.Println(Keys([]Keyed{u, d}))
	fmt.Printf("%v\n", d)
}
