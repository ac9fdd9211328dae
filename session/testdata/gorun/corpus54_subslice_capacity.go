package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	show("s", s)

	// Re-slicing beyond len but within cap is allowed.
	s = s[:cap(s)]
	show("s extended", s)

	t := arr[2:4]
	show("t", t)
	t = append(t, 40)
	show("t appended", t)
	fmt.Println("arr now", arr)

	// Append past the array's end reallocates; arr no longer changes.
	u := arr[6:]
	show("u", u)
	u = append(u, 8)
	u[0] = 600
	show("u", u)
	fmt.Println("arr still", arr)

	// Starting from a later offset shrinks cap.
	for _, lo := range []int{0, 3, 7, 8} {
		w := arr[lo:]
		fmt.Println(lo, len(w), cap(w))
	}

	// A sub-slice of a slice keeps the full backing array alive.
	data := make([]byte, 0, 64)
	data = append(data, "header:body"...)
	head := data[:6]
	fmt.Println(string(head), len(head), cap(head))
	head = append(head, '!')
	fmt.Println(string(data))
}
