package main

import "fmt"

func main() {
	var numbers [3]int
	fmt.Println(numbers)
	coral := [4]string{"blue coral", "staghorn coral", "pillar coral", "elkhorn coral"}
	fmt.Println(coral, len(coral))
	coral[1] = "foliose coral"
	fmt.Printf("%q\n", coral)

	auto := [...]int{1, 2, 3, 4, 5}
	fmt.Println(len(auto))
	copyArr := auto
	copyArr[0] = 100
	fmt.Println(auto[0], copyArr[0])

	seaCreatures := []string{"shark", "cuttlefish", "squid", "mantis shrimp"}
	seaCreatures = append(seaCreatures, "seahorse")
	fmt.Println(seaCreatures)
	fmt.Println(seaCreatures[1:4])
	fmt.Println(seaCreatures[:3], seaCreatures[2:])

	oceans := make([]string, 3, 5)
	fmt.Println(len(oceans), cap(oceans))
	oceans[0] = "Pacific"
	oceans = append(oceans, "Indian", "Arctic", "Southern")
	fmt.Println(len(oceans), oceans)

	more := []string{"anemone", "clownfish"}
	seaCreatures = append(seaCreatures, more...)
	fmt.Println(seaCreatures)

	// remove index 2
	seaCreatures = append(seaCreatures[:2], seaCreatures[3:]...)
	fmt.Println(seaCreatures)

	dst := make([]string, 2)
	n := copy(dst, seaCreatures)
	fmt.Println(n, dst)

	a := []int{1, 2, 3}
	b := a[:2]
	b[0] = 99
	fmt.Println(a, b)
	b = append(b, 42)
	fmt.Println(a, b)

	grid := [][]int{{0, 1, 2}, {3, 4, 5}}
	grid[1] = append(grid[1], 6)
	for i, row := range grid {
		for j := range row {
			fmt.Print(grid[i][j], " ")
		}
		fmt.Println()
	}

	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice))
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)

	matrix := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(matrix, matrix == [2][2]int{{1, 2}, {3, 4}})
	full := a[0:2:2]
	fmt.Println(len(full), cap(full))
}
