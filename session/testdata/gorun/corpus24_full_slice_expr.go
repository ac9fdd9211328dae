package main

import "fmt"

func firstTwo(s []int) []int {
	return s[:2:2]
}

func main() {
	nums := []int{10, 20, 30, 40, 50}

	loose := nums[:2]
	fmt.Printf("loose: %v len=%d cap=%d\n", loose, len(loose), cap(loose))
	loose = append(loose, 99)
	fmt.Println("nums after appending to loose:", nums)

	nums = []int{10, 20, 30, 40, 50}
	tight := nums[:2:2]
	fmt.Printf("tight: %v len=%d cap=%d\n", tight, len(tight), cap(tight))
	tight = append(tight, 99)
	fmt.Println("nums after appending to tight:", nums)
	fmt.Println("tight:", tight)

	mid := nums[1:3:4]
	fmt.Printf("mid: %v len=%d cap=%d\n", mid, len(mid), cap(mid))
	mid = append(mid, 7)
	fmt.Println("nums:", nums, "mid:", mid)
	mid = append(mid, 8)
	mid[0] = 0
	fmt.Println("nums:", nums, "mid:", mid)

	head := firstTwo(nums)
	head = append(head, 1000)
	fmt.Println("head:", head, "nums:", nums)

	arr := [5]string{"v", "w", "x", "y", "z"}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, "!")
	fmt.Println(arr)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	i, j, k := 1, 3, 2
	_ = nums[i:j:k]
}
