package main

import "fmt"

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

func (s Service) describe() string { return "service " + s.Name }

func main() {
	co := container{
		base: base{
			num: 1,
		},
		str: "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	svc := Service{Logger: &Logger{"[svc] "}, Name: "api"}
	svc.Log("started")
	d = svc
	fmt.Println(d.describe(), svc.prefix)
	fmt.Printf("%+v\n", co)
	co.num = 5
	fmt.Println(co.describe())
}
