package main

import "fmt"

func main() {
	// With spare capacity, append writes into the shared backing array.
	base := make([]int, 3, 10)
	for i := range base {
		base[i] = i + 1
	}
	a := append(base, 100)
	b := append(base, 200)
	fmt.Println("base:", base, len(base), cap(base))
	fmt.Println("a:", a, "b:", b)
	fmt.Println("a[3] was overwritten by b's append:", a[3] == 200)

	// Without spare capacity, append allocates a new array.
	full := []int{1, 2, 3}
	c := append(full, 100)
	d := append(full, 200)
	fmt.Println("full:", full, len(full), cap(full))
	fmt.Println("c:", c, "d:", d)
	c[0] = -1
	fmt.Println("after c[0] = -1, full:", full)

	// A sub-slice shares memory with its parent.
	parent := []string{"a", "b", "c", "d", "e"}
	child := parent[1:3]
	child[0] = "B"
	fmt.Println("parent:", parent, "child:", child, "cap(child):", cap(child))
	child = append(child, "X")
	fmt.Println("after append to child, parent:", parent)

	// Growing past capacity detaches the child.
	for i := 0; i < 5; i++ {
		child = append(child, fmt.Sprint(i))
	}
	child[0] = "detached"
	fmt.Println("parent:", parent)
	fmt.Println("child:", child)
}
