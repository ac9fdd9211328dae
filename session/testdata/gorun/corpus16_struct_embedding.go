package main

import "fmt"

type base struct {
	num int
}

func (b base) describe() string { return fmt.Sprintf("base with num=%v", b.num) }

func (b *base) bump() { b.num++ }

type container struct {
	base
	str string
}

type describer interface{ describe() }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a Animal) Intro() string { return "I am " + a.Name + ": " + a.Speak() }

type Dog struct{ Animal }

func (d Dog) Speak() string { return d.Name + " barks" }

func main() {
	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	co.bump()
	co.base.bump()
	fmt.Println(co.num, co)
	fmt.Printf("%+v\n", co)
	type describerS interface{ describe() string }
	var d describerS = co
	fmt.Println("describer:", d.describe())
	cp := co
	cp.num = 99
	fmt.Println(co.num, cp.num)

	lg := &Logger{prefix: "[svc] "}
	a := Service{lg, "a"}
	b := Service{Logger: lg, Name: "b"}
	a.Log("start " + a.Name)
	b.Log("start " + b.Name)
	fmt.Println(len(lg.lines), lg.lines)
	fmt.Println(a.prefix, a.Logger == b.Logger)

	dog := Dog{Animal{"Rex"}}
	fmt.Println(dog.Speak())
	fmt.Println(dog.Intro())
	fmt.Println(dog.Animal.Speak())
	fmt.Printf("%v %+v\n", dog, dog)
}
