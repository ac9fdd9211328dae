package main

import "fmt"

func main() {
	seaCreatures := []string{"shark", "cuttlefish", "squid", "mantis shrimp"}
	fmt.Println(seaCreatures, len(seaCreatures))

	seaCreatures = append(seaCreatures, "seahorse")
	fmt.Println(seaCreatures)

	more := []string{"nautilus", "octopus"}
	seaCreatures = append(seaCreatures, more...)
	fmt.Println(len(seaCreatures), seaCreatures[5:])

	// Growing a slice one element at a time.
	var nums []int
	fmt.Println(nums == nil, len(nums))
	for i := 0; i < 10; i++ {
		nums = append(nums, i*i)
	}
	fmt.Println(nums, len(nums))

	// make with length and capacity.
	buf := make([]int, 3, 10)
	fmt.Println(buf, len(buf), cap(buf))

	// Slices share the underlying array.
	base := []int{1, 2, 3, 4, 5}
	part := base[1:3]
	part[0] = 20
	fmt.Println(base, part)

	// copy makes an independent copy.
	clone := make([]int, len(base))
	n := copy(clone, base)
	clone[0] = 100
	fmt.Println(n, base, clone)

	// copy copies only min(len) elements.
	short := make([]int, 2)
	fmt.Println(copy(short, base), short)

	// Full slice expressions limit capacity, so append copies.
	limited := base[0:2:2]
	limited = append(limited, 999)
	fmt.Println(base, limited)

	// Without the limit, append writes into base.
	open := base[0:2]
	open = append(open, 777)
	fmt.Println(base, open)

	// Removing an element.
	items := []string{"a", "b", "c", "d", "e"}
	i := 2
	items = append(items[:i], items[i+1:]...)
	fmt.Println(items, len(items))

	// Inserting an element.
	items = append(items[:1], append([]string{"X"}, items[1:]...)...)
	fmt.Println(items)

	// 2D slices.
	board := make([][]rune, 3)
	for r := range board {
		board[r] = make([]rune, 3)
		for c := range board[r] {
			board[r][c] = '.'
		}
	}
	board[1][1] = 'X'
	for _, row := range board {
		fmt.Println(string(row))
	}

	// Slicing strings and nil vs empty.
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), len(empty))
	fmt.Printf("%v %v %d\n", nilSlice, empty, len(append(nilSlice, 1)))

	// Filtering in place.
	vals := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := vals[:0]
	for _, v := range vals {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens)
}
