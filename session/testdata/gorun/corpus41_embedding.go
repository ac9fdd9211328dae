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

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

type loud struct{ base }

func (l loud) describe() string { return "LOUD " + l.base.describe() }

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

	s := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, len(s.Logger.lines))

	var d2 describer = loud{base{7}}
	fmt.Println(d2.describe())
	fmt.Printf("%+v\n", co)
}
