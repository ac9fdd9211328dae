package main

import "fmt"

func cleanup() {
	for i := range 3 {
		defer func() { fmt.Println("deferred", i) }()
	}
	fmt.Println("cleanup body done")
}

type Button struct {
	Label   string
	OnClick func() string
}

func main() {
	cleanup()
	var buttons []Button
	for _, label := range []string{"OK", "Cancel", "Help"} {
		buttons = append(buttons, Button{label, func() string { return "clicked " + label }})
	}
	for _, b := range buttons {
		fmt.Println(b.Label, "->", b.OnClick())
	}

	handlers := map[int]func() int{}
	for i := 1; i <= 3; i++ {
		handlers[i] = func() int { return i * 100 }
	}
	for k := 1; k <= 3; k++ {
		fmt.Println(k, handlers[k]())
	}
}
