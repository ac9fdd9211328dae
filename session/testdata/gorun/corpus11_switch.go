package main

import (
	"fmt"
	"time"
)

type celsius float64

func whatAmI(i interface{}) string {
	switch t := i.(type) {
	case bool:
		return "bool"
	case int:
		return fmt.Sprintf("int %d", t)
	case string, []byte:
		return fmt.Sprintf("text %v", t)
	case celsius:
		return fmt.Sprintf("celsius %.1f", float64(t))
	case error:
		return "error " + t.Error()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	i := 2
	fmt.Print("Write ", i, " as ")
	switch i {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}
	day := time.Date(2024, 3, 16, 15, 0, 0, 0, time.UTC)
	switch day.Weekday() {
	case time.Saturday, time.Sunday:
		fmt.Println("It's the weekend")
	default:
		fmt.Println("It's a weekday")
	}
	switch {
	case day.Hour() < 12:
		fmt.Println("It's before noon")
	default:
		fmt.Println("It's after noon")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 1:
		fmt.Println("medium")
	case x > 0:
		fmt.Println("small")
	}
	for _, v := range []interface{}{true, 7, "hey", []byte("ab"), celsius(21.5), fmt.Errorf("bad"), nil, 3.5} {
		fmt.Println(whatAmI(v))
	}
}
