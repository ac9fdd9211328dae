package main

import "fmt"

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code string

func (c Code) Error() string { return "code " + string(c) }

func classify(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case float64:
		return fmt.Sprint("float ", x)
	case string:
		return "string " + x
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return "other"
	}
}

func main() {
	fmt.Println(classify(Weekday(3)))
	fmt.Println(classify(Celsius(21.5)))
	fmt.Println(classify(Code("E42")))
	for _, v := range []any{Weekday(1), 7, Celsius(-3), 2.5, Code("x"), "plain", true} {
		fmt.Println(classify(v))
	}
	m := map[string]any{"day": Weekday(6)}
	fmt.Println(classify(m["day"]))
}
