package main

import "fmt"

// A cell struct with a field of an interface type, held in an any: the
// description of the interfaces inside it said nothing of its other
// fields, so a Level field printed as the int the interpreter holds, not
// by Level's String method: {build 2 <nil>} where Go prints
// {build high <nil>}.

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Job struct {
	Name  string
	Lvl   Level
	Extra any
}

func main() {
	j := Job{Name: "build", Lvl: 2}
	fmt.Println(j)
	var a any = j
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
}
