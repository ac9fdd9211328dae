package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to panic")
	path := os.TempDir() + "/corpus26_definitely_missing_dir/file"
	_, err := os.Create(path)
	if err != nil {
		fmt.Println("create failed as expected")
		panic("a problem")
	}
	fmt.Println("unreachable")
}
