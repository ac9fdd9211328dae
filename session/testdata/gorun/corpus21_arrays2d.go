package main

import "fmt"

func modifyArray(arr [3]int) {
	arr[0] = 100
}

func modifyArrayPtr(arr *[3]int) {
	arr[0] = 100
	(*arr)[1] = 200
}

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	fmt.Println("rows:", len(grid), "cols:", len(grid[0]))

	matrix := [2][2]string{{"a", "b"}, {"c", "d"}}
	for _, row := range matrix {
		for _, v := range row {
			fmt.Print(v, " ")
		}
		fmt.Println()
	}

	nums := [...]int{5, 6, 7}
	fmt.Println(len(nums), nums)
	modifyArray(nums)
	fmt.Println("after value call:", nums)
	modifyArrayPtr(&nums)
	fmt.Println("after pointer call:", nums)

	copyOf := nums
	copyOf[2] = 0
	fmt.Println(nums, copyOf, nums == copyOf)

	p := &nums
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(*p, len(p))

	// jagged slice
	triangle := make([][]int, 5)
	for i := range triangle {
		triangle[i] = make([]int, i+1)
		triangle[i][0], triangle[i][i] = 1, 1
		for j := 1; j < i; j++ {
			triangle[i][j] = triangle[i-1][j-1] + triangle[i-1][j]
		}
	}
	for _, row := range triangle {
		fmt.Println(row)
	}

	cube := [2][2][2]int{}
	cube[1][0][1] = 9
	fmt.Printf("%v %T\n", cube, cube)

	sparse := [5]string{1: "one", 3: "three"}
	fmt.Printf("%q\n", sparse)

	board := [][]rune{
		[]rune("X.O"),
		[]rune(".X."),
		[]rune("O.X"),
	}
	board[1][0] = 'O'
	for _, r := range board {
		fmt.Println(string(r))
	}

	var idx [3]*int
	for i := range idx {
		v := i * 10
		idx[i] = &v
	}
	fmt.Println(*idx[0], *idx[1], *idx[2])

	sl := nums[1:]
	sl[0] = -1
	fmt.Println(nums, sl, len(sl), cap(sl))
	arrPtr := (*[2]int)(sl)
	arrPtr[1] = 77
	fmt.Println(nums)
}
