package main

import "fmt"

type author struct {
	firstName string
	lastName  string
	bio       string
}

func (a author) fullName() string {
	return fmt.Sprintf("%s %s", a.firstName, a.lastName)
}

type blogPost struct {
	title   string
	content string
	author
}

func (b blogPost) details() {
	fmt.Println("Title: ", b.title)
	fmt.Println("Content: ", b.content)
	fmt.Println("Author: ", b.fullName())
	fmt.Println("Bio: ", b.bio)
}

type website struct {
	blogPosts []blogPost
}

func (w website) contents() {
	fmt.Println("Contents of Website")
	for _, v := range w.blogPosts {
		v.details()
		fmt.Println()
	}
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

type Service struct {
	*Logger
	name string
}

func main() {
	author1 := author{
		"Naveen",
		"Ramanathan",
		"Golang Enthusiast",
	}
	blogPost1 := blogPost{
		"Inheritance in Go",
		"Go supports composition instead of inheritance",
		author1,
	}
	blogPost2 := blogPost{
		"Struct instead of Classes in Go",
		"Go does not support classes but methods can be added to structs",
		author1,
	}
	w := website{
		blogPosts: []blogPost{blogPost1, blogPost2},
	}
	w.contents()

	svc := Service{Logger: &Logger{prefix: "[svc] "}, name: "api"}
	svc.Log("starting " + svc.name)
	svc.Log("ready")
	for _, l := range svc.lines {
		fmt.Println(l)
	}
	fmt.Printf("%+v\n", blogPost1.author)
}
