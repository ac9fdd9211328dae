package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// Overlapping copy behaves like memmove.
	s := []int{0, 1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)

	// copy from a string into bytes.
	buf := make([]byte, 4)
	n = copy(buf, "héllo")
	fmt.Println(n, buf, string(buf[:n]))

	// Copying into a nil slice copies nothing.
	var empty []int
	fmt.Println(copy(empty, src), empty == nil)

	// Assignment copies the header, not the elements.
	alias := src
	alias[0] = 99
	fmt.Println("src:", src)

	// A real clone.
	clone := append([]int(nil), src...)
	clone[1] = -1
	fmt.Println("src:", src, "clone:", clone)

	// Deleting from the middle with copy.
	xs := []string{"a", "b", "c", "d", "e"}
	i := 1
	xs = xs[:i+copy(xs[i:], xs[i+1:])]
	fmt.Println(xs, len(xs), cap(xs))
}
