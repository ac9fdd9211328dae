package main

import "fmt"

func modifyArray(a [3]int) { a[0] = 100 }
func modifySlice(s []int)  { s[0] = 100 }

func main() {
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[1] = 20
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	modifyArray(arr)
	fmt.Println("after modifyArray:", arr)
	sl := arr[:]
	modifySlice(sl)
	fmt.Println("after modifySlice:", arr, sl)

	auto := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(auto), auto)
	idx := [5]int{1: 10, 3: 30}
	fmt.Println(idx)

	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
			prev = cap(s)
		}
	}

	base := []int{0, 1, 2, 3, 4, 5}
	t := base[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println("shared:", base)
	u := base[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 77)
	u = append(u, 88)
	fmt.Println("after full slice:", base, u)

	dst := make([]int, 3)
	n := copy(dst, base)
	fmt.Println(n, dst)

	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	fmt.Println(jag, len(jag[2]))

	var matrix [2][3]int
	matrix[1][2] = 5
	fmt.Println(matrix)

	nums := []int{1, 2, 3, 4, 5}
	nums = append(nums[:1], nums[2:]...)
	fmt.Println("removed:", nums)
	nums = append(nums[:2], append([]int{42}, nums[2:]...)...)
	fmt.Println("inserted:", nums)
	rev := make([]int, len(nums))
	for i, v := range nums {
		rev[len(nums)-1-i] = v
	}
	fmt.Println(rev)
	fmt.Printf("%v %d %T\n", nums[1:], nums[:0], nums)
}
