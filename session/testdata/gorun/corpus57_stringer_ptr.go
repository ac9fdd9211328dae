package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Account struct {
	Owner string
	Cents int64
}

func (a *Account) String() string {
	return fmt.Sprintf("%s: $%d.%02d", a.Owner, a.Cents/100, a.Cents%100)
}

type Reading struct {
	Where string
	Temp  Celsius
}

type Log struct {
	Readings []Reading
	ByCity   map[string]Celsius
	Best     *Reading
}

type ValidationError struct{ Field string }

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(a Account) error {
	var errs []error
	if a.Owner == "" {
		errs = append(errs, ValidationError{"owner"})
	}
	if a.Cents < 0 {
		errs = append(errs, ValidationError{"cents"})
	}
	return errors.Join(errs...)
}

func main() {
	a := Account{"ann", 12345}
	fmt.Println(a, &a)
	fmt.Printf("%v %+v %s\n", a, &a, &a)
	rs := []Reading{{"Oslo", -3.25}, {"Rome", 18}}
	l := Log{Readings: rs, ByCity: map[string]Celsius{"Oslo": -3.25, "Rome": 18}, Best: &rs[1]}
	fmt.Printf("%v\n%+v\n", l.Readings, l.ByCity)
	fmt.Println(l.Best.Temp, *l.Best)
	temps := []Celsius{1, 2.55, -0.04}
	fmt.Println(temps, fmt.Sprint(temps[1]), strings.ToUpper(temps[0].String()))
	var s fmt.Stringer = Celsius(7)
	fmt.Printf("%T %v\n", s, s)
	err := validate(Account{"", -1})
	fmt.Printf("%v|%q\n", strings.ReplaceAll(err.Error(), "\n", "; "), err.Error())
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field, validate(a) == nil)
	switch e := err.(type) {
	case interface{ Unwrap() []error }:
		fmt.Println("joined", len(e.Unwrap()))
	default:
		fmt.Println("other")
	}
}
