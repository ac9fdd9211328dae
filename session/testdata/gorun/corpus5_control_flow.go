package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %.1f", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case struct{ A int }:
		return fmt.Sprint("anon struct ", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	vals := []interface{}{nil, 42, int64(7), 3.14, "hey", false, []int{1, 2},
		map[string]int{"a": 1}, fmt.Errorf("boom"), Dog{}, &Cat{"tom"},
		func() int { return 9 }, struct{ A int }{5}, 'x', [2]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for n := 0; n < 4; n++ {
		switch n {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("zero-or-one ")
		case 2, 3:
			fmt.Print("two-or-three ")
		}
	}
	fmt.Println()
	switch day := 6; {
	case day == 0 || day == 6:
		fmt.Println("weekend")
	default:
		fmt.Println("weekday")
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	i := 0
loop:
	if i < 5 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()

	k := 0
	for k < 3 {
		k++
	}
	for {
		k *= 2
		if k > 20 {
			break
		}
	}
	fmt.Println(k)
	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v == 4 {
				fmt.Println("found at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	switch x := 5; x {
	case 5:
		if x > 3 {
			break
		}
		fmt.Println("not printed")
	}
	fmt.Println("end")
}
