package main

import (
	"fmt"
	"os"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	values := []float64{0, 1, -1.5, 3.14159265358979, 1234567.891, 0.000012345, 1e21, 123456789.0, 100}
	for _, v := range values {
		fmt.Printf("%%g=%g %%e=%e %%.2f=%.2f %%8.3f=[%8.3f] %%v=%v\n", v, v, v, v, v)
	}
	fmt.Printf("|%-8s|%8s|%-8.3s|\n", "left", "right", "truncate")
	fmt.Printf("|%6.2f|%-8.1f|%+.3e|\n", 3.14159, 2.5, 12345.678)
	fmt.Printf("|%G|%.3g|%10.4g|\n", 1e-7, 1234.5678, 0.00012345)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%5.1f%%\n", 45.678)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32), f32*f32)
	fmt.Printf("%v %.10f\n", f32, f32)
	fmt.Println(1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Println(float32(1e6), float32(16777217), float32(0.3))

	items := []Item{{"Widget", 2.5, 4}, {"Gadget", 13.999, 1}, {"Thingamajig", 0.75, 12}}
	fmt.Printf("%-12s %8s %4s %10s\n", "Item", "Price", "Qty", "Total")
	fmt.Println("-----------------------------------")
	var grand float64
	for _, it := range items {
		total := it.Price * float64(it.Qty)
		grand += total
		fmt.Printf("%-12s %8.2f %4d %10.2f\n", it.Name, it.Price, it.Qty, total)
	}
	fmt.Printf("%-12s %24.2f\n", "Grand total", grand)

	fmt.Fprintf(os.Stdout, "%6.2f|%-6.2f|%06.2f\n", -1.5, -1.5, -1.5)
	s := fmt.Sprintf("%.3f", 2.0/3)
	fmt.Println(s, len(s))
	fmt.Printf("%v %v\n", 2.0/3, float32(2.0)/3)
	fmt.Printf("%8.3e|%-12g|\n", 98765.4321, 0.1)
	fmt.Printf("%t %v %q %v\n", true, 'x', 'x', "x")
	fmt.Printf("%5t|%-7t|\n", false, true)
	fmt.Printf("%s\n", 3.5)
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%.2f\n", 3)
}
