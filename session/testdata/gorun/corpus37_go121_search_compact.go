package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	ISBN  string
	Title string
	Year  int
}

func byISBN(b Book, isbn string) int { return cmp.Compare(b.ISBN, isbn) }

func main() {
	books := []Book{
		{"978-0", "The Go Programming Language", 2015},
		{"978-3", "Concurrency in Go", 2017},
		{"978-1", "Learning Go", 2021},
		{"978-2", "100 Go Mistakes", 2022},
	}
	slices.SortFunc(books, func(a, b Book) int { return strings.Compare(a.ISBN, b.ISBN) })

	for _, isbn := range []string{"978-2", "978-9"} {
		i, ok := slices.BinarySearchFunc(books, isbn, byISBN)
		if ok {
			fmt.Println("found", books[i].Title)
		} else {
			fmt.Println("not found, insert at", i)
		}
	}

	i := slices.IndexFunc(books, func(b Book) bool { return b.Year > 2018 })
	fmt.Println("first after 2018:", books[i].Title)
	fmt.Println("any before 2000:", slices.ContainsFunc(books, func(b Book) bool { return b.Year < 2000 }))

	tags := []string{"go", "go", "rust", "rust", "rust", "go", "zig"}
	tags = slices.Compact(tags)
	fmt.Println(tags, len(tags))

	sorted := slices.Clone(tags)
	slices.Sort(sorted)
	fmt.Println(slices.Compact(sorted))

	words := []string{"Apple", "apple", "APPLE", "banana", "Banana"}
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(words)

	nums := []int{1, 2, 5, 6}
	nums = slices.Insert(nums, 2, 3, 4)
	fmt.Println(nums)
	nums = slices.Delete(nums, 0, 2)
	fmt.Println(nums)
	nums = slices.DeleteFunc(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(nums, cap(nums) >= len(nums))
	nums = slices.Replace(nums, 0, 1, 30, 31)
	fmt.Println(nums, slices.Grow(nums, 10)[:len(nums)])
	fmt.Println(slices.Clip(nums), slices.MaxFunc(books, func(a, b Book) int { return cmp.Compare(a.Year, b.Year) }).Year)
}
