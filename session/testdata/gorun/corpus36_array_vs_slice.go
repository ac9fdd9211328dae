package main

import "fmt"

func modArray(a [3]int) {
	a[0] = 100
}

func modArrayPtr(a *[3]int) {
	a[0] = 100
}

func modSlice(s []int) {
	s[0] = 100
}

func appendSlice(s []int) {
	s = append(s, 4)
	s[1] = 200
}

func main() {
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[1] = 20
	fmt.Println("arr", arr, "arr2", arr2)

	modArray(arr)
	fmt.Println("after modArray:", arr)
	modArrayPtr(&arr)
	fmt.Println("after modArrayPtr:", arr)

	sl := []int{1, 2, 3}
	sl2 := sl
	sl2[1] = 20
	fmt.Println("sl", sl, "sl2", sl2)

	modSlice(sl)
	fmt.Println("after modSlice:", sl)
	appendSlice(sl)
	fmt.Println("after appendSlice (cap 3):", sl)

	sl3 := make([]int, 3, 4)
	copy(sl3, []int{7, 8, 9})
	appendSlice(sl3)
	fmt.Println("after appendSlice (cap 4):", sl3, sl3[:4])

	dst := make([]int, 2)
	n := copy(dst, []int{5, 6, 7, 8})
	fmt.Println("copied", n, dst)

	buf := []int{1, 2, 3, 4, 5}
	n = copy(buf[1:], buf)
	fmt.Println("overlap copy", n, buf)

	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println("copy from string", n, bs)

	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	fmt.Println(grid, g2)
	fmt.Println("arrays equal:", grid == [2][2]int{{1, 2}, {3, 4}}, grid == g2)

	ap := &arr
	for i := range ap {
		ap[i] *= 2
	}
	fmt.Println(arr, len(ap))
	s4 := arr[:]
	s4[2] = -1
	fmt.Println(arr)
}
