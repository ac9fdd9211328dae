package main

import "fmt"

func changeLocal(num [5]int) {
	num[0] = 55
	fmt.Println("inside function", num)
}

func main() {
	var a [3]int
	a[0] = 12
	a[1] = 78
	a[2] = 50
	fmt.Println(a)

	b := [...]int{12, 78, 50}
	fmt.Println(b, len(b))

	c := [5]string{"USA", "China", "India", "Germany", "France"}
	d := c
	d[0] = "Singapore"
	fmt.Println("c is", c)
	fmt.Println("d is", d)

	num := [...]int{5, 6, 7, 8, 8}
	fmt.Println("before passing to function", num)
	changeLocal(num)
	fmt.Println("after passing to function", num)

	floats := [...]float64{67.7, 89.8, 21, 78}
	sum := float64(0)
	for i, v := range floats {
		fmt.Printf("%d the element of a is %.2f\n", i, v)
		sum += v
	}
	fmt.Println("sum of all elements of a", sum)

	grid := [3][2]string{
		{"lion", "tiger"},
		{"cat", "dog"},
		{"pigeon", "peacock"},
	}
	for _, row := range grid {
		for _, v := range row {
			fmt.Printf("%s ", v)
		}
		fmt.Println()
	}
	fmt.Println(b == [3]int{12, 78, 50})
	fmt.Printf("%v %T\n", grid[1], grid)
}
