package main

import "fmt"

func addItem(s []string, item string) {
	s = append(s, item)
	fmt.Println("  inside:", s, len(s))
}

func addItemReturn(s []string, item string) []string {
	return append(s, item)
}

func addItemPtr(s *[]string, item string) {
	*s = append(*s, item)
}

func setFirst(s []string) {
	if len(s) > 0 {
		s[0] = "CHANGED"
	}
}

func main() {
	list := []string{"a"}
	addItem(list, "b")
	fmt.Println("caller:", list, len(list))

	list = addItemReturn(list, "b")
	fmt.Println("returned:", list)

	addItemPtr(&list, "c")
	fmt.Println("via pointer:", list)

	setFirst(list)
	fmt.Println("element write visible:", list)

	// With spare capacity the element lands in the shared array but the caller's length hides it.
	roomy := make([]string, 1, 5)
	roomy[0] = "x"
	addItem(roomy, "hidden")
	fmt.Println("roomy:", roomy, len(roomy), cap(roomy))
	fmt.Println("peek:", roomy[:2])

	var nilList []int
	grow := func(s []int) { s = append(s, 1, 2, 3) }
	grow(nilList)
	fmt.Println(nilList == nil)

	m := map[string]int{}
	fill := func(mm map[string]int) { mm["k"] = 1 }
	fill(m)
	fmt.Println(m)

	reset := func(mm map[string]int) { mm = map[string]int{"new": 1} }
	reset(m)
	fmt.Println(m)

	arr := [2]int{1, 2}
	change := func(a [2]int) { a[0] = 99 }
	change(arr)
	fmt.Println(arr)
}
