package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Fahrenheit float64

type Temperature interface {
	Kelvin() float64
}

func (c Celsius) Kelvin() float64    { return float64(c) + 273.15 }
func (f Fahrenheit) Kelvin() float64 { return (float64(f)-32)*5/9 + 273.15 }

type Sensor struct {
	ID   string
	Last Temperature
}

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case Temperature:
		return fmt.Sprintf("temperature %.2fK (%T)", x.Kelvin(), x)
	case *Sensor:
		return "sensor " + x.ID
	case Sensor:
		return "sensor value " + x.ID
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []any:
		s := "list["
		for i, e := range x {
			if i > 0 {
				s += "; "
			}
			s += classify(e)
		}
		return s + "]"
	case func() string:
		return "func returning " + x()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{
		42, int64(7), Celsius(21.5), Fahrenheit(98.6), &Sensor{ID: "s1"},
		Sensor{ID: "s2"}, NotFound{"user"}, errors.New("boom"), nil,
		[]any{1, Celsius(0), "str"}, func() string { return "hi" }, 3.5,
	}
	for _, v := range values {
		fmt.Println(classify(v))
	}

	var t Temperature = Fahrenheit(212)
	if c, ok := t.(Celsius); ok {
		fmt.Println("celsius?", c)
	} else {
		fmt.Printf("not celsius: %v %T\n", t, t)
	}
	f := t.(Fahrenheit)
	fmt.Println(f + 1)

	var err error = NotFound{"order 12"}
	var nf NotFound
	if errors.As(err, &nf) {
		fmt.Printf("%+v %q\n", nf, nf.Key)
	}
}
