package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	for i := 20; i < 40; i += 10 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	i := 0
	for i < 3 {
		fmt.Print("while ", i, "; ")
		i++
	}
	fmt.Println()

	n := 0
	for {
		n++
		if n == 4 {
			break
		}
	}
	fmt.Println("n =", n)

	sharks := []string{"hammerhead", "great white", "dogfish", "frilled", "bullhead", "requiem"}
	for i, shark := range sharks {
		fmt.Println(i, shark)
	}
	for _, shark := range sharks[:2] {
		fmt.Println(shark)
	}
	for i := range sharks {
		sharks[i] = "shark " + sharks[i]
	}
	fmt.Println(sharks[0])

	for i := range 3 {
		fmt.Print("range-int ", i, " ")
	}
	fmt.Println()

	for range 2 {
		fmt.Println("twice")
	}

	numList := []int{1, 2, 3}
	alphaList := []string{"a", "b", "c"}
	for _, n := range numList {
		for _, a := range alphaList {
			fmt.Print(n, a, " ")
		}
	}
	fmt.Println()

	sum := 0
	for _, ch := range "héllo" {
		sum += int(ch)
	}
	fmt.Println("rune sum:", sum)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	ints := map[int]bool{}
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		ints[i+j] = true
	}
	fmt.Println(len(ints))
}
