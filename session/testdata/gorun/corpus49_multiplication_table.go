package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	const n = 9
	fmt.Print("   |")
	for j := 1; j <= n; j++ {
		fmt.Printf("%4d", j)
	}
	fmt.Println()
	fmt.Println("---+" + strings.Repeat("-", 4*n))
	for i := 1; i <= n; i++ {
		fmt.Printf("%2d |", i)
		for j := 1; j <= n; j++ {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
	fmt.Println()
	for i := range 10 {
		fmt.Printf("7 x %2d = %2d\n", i+1, 7*(i+1))
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Fprintf(w, "%d\t", i*j*111)
		}
		fmt.Fprintln(w)
	}
	w.Flush()
	for i := 1; i <= 5; i++ {
		fmt.Println(strings.Repeat("* ", i))
	}
}
