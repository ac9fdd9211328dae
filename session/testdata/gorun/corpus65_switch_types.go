package main

import (
	"fmt"
	"strings"
)

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int"
		}
		return fmt.Sprintf("int %d", x)
	case float64:
		return fmt.Sprintf("float %.2f", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

type Day int

func (d Day) String() string { return "day" + fmt.Sprint(int(d)) }

func dayType(day string) string {
	switch strings.ToLower(day) {
	case "saturday", "sunday":
		return "weekend"
	case "monday":
		fallthrough
	case "tuesday", "wednesday", "thursday", "friday":
		return "weekday"
	}
	return "unknown"
}

func main() {
	values := []interface{}{42, -1, 3.14159, "hello", []int{1, 2}, nil, fmt.Errorf("boom"), Day(3), map[string]int{}, true}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	for _, d := range []string{"Monday", "sunday", "Friday", "Funday"} {
		fmt.Println(d, "is a", dayType(d))
	}
	score := 73
	switch {
	case score >= 90:
		fmt.Println("excellent")
	case score >= 70:
		fmt.Println("good")
		fallthrough
	case score >= 50:
		fmt.Println("passed")
	default:
		fmt.Println("failed")
	}
	var i interface{} = "text"
	if s, ok := i.(string); ok {
		fmt.Println("it's a string:", s)
	}
	n, ok := i.(int)
	fmt.Println(n, ok)
}
