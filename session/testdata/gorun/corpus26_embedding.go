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

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

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
	fmt.Printf("%+v\n", co)

	s := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.Log("starting " + s.Name)
	co.num = 5
	fmt.Println(co.describe())
	cp := &co
	cp.base.num++
	fmt.Println(d.describe(), cp.describe())
}
