package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Print(r.IntN(100), ",")
	fmt.Print(r.IntN(100))
	fmt.Println()
	fmt.Println(r.Float64())
	fmt.Print((r.Float64()*5)+5, ",")
	fmt.Print((r.Float64() * 5) + 5)
	fmt.Println()
	s2 := rand.NewPCG(42, 1024)
	r2 := rand.New(s2)
	fmt.Print(r2.IntN(100), ",")
	fmt.Print(r2.IntN(100))
	fmt.Println()
	s3 := rand.NewPCG(42, 1024)
	r3 := rand.New(s3)
	fmt.Print(r3.IntN(100), ",")
	fmt.Print(r3.IntN(100))
	fmt.Println()
	fmt.Println(r.Perm(5))
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	fmt.Println(r.Uint32(), r.Int64N(1000), r.NormFloat64() != 0)
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10)
	cha := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cha.IntN(1000), cha.Uint64())
}
