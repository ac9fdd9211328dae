package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func grade(score int) []string {
	var out []string
	switch {
	case score >= 90:
		out = append(out, "A")
		fallthrough
	case score >= 80:
		out = append(out, "B-or-better")
		fallthrough
	case score >= 70:
		out = append(out, "passed")
	default:
		out = append(out, "failed")
	}
	return out
}

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, n := range []int{-3, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Println(s, grade(s))
	}

	// No implicit fallthrough: an empty case does nothing.
	for _, c := range "a1 " {
		switch c {
		case 'a':
		case '1':
			fmt.Println("digit")
		case ' ', '\t':
			fmt.Println("space")
		}
	}

	// Cases are evaluated top to bottom, left to right.
	calls := 0
	check := func(v int) int { calls++; return v }
	switch 2 {
	case check(1), check(2), check(3):
		fmt.Println("matched after", calls, "calls")
	}

	fmt.Println(kind(nil), "|", kind(3), "|", kind(int64(4)), "|", kind("hey"))
	fmt.Println(kind(fmt.Errorf("boom")), "|", kind(3.5), "|", kind([]int{}))

	// break inside a switch leaves only the switch.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i =", i)
		}
	}

	// switch with init and no tag.
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	}
}
