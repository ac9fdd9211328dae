package main

import (
	"fmt"
	"runtime"
)

func rate() int { return runtime.MemProfileRate }

func main() {
	saved := runtime.MemProfileRate
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate, rate(), runtime.MemProfileRate == 0)
	runtime.MemProfileRate += 4096
	runtime.MemProfileRate++
	r := runtime.MemProfileRate
	fmt.Println(r, rate())
	runtime.MemProfileRate, r = r*2, 0
	fmt.Println(runtime.MemProfileRate, r)
	runtime.MemProfileRate = saved
	fmt.Println(runtime.MemProfileRate == saved)
}
