package main

import (
	"fmt"
	"slices"
)

type Task struct {
	ID   int
	Name string
}

func main() {
	todo := []string{"wash", "cook", "read"}
	todo = slices.Insert(todo, 1, "shop", "call")
	fmt.Println(todo, len(todo))
	todo = slices.Delete(todo, 0, 2)
	fmt.Println(todo)
	todo = slices.Replace(todo, 0, 1, "sleep", "eat")
	fmt.Println(todo)
	if i := slices.Index(todo, "read"); i >= 0 {
		fmt.Println("read at", i)
	}
	fmt.Println(slices.Contains(todo, "wash"), slices.Contains(todo, "eat"))

	tasks := []Task{{3, "c"}, {1, "a"}, {2, "b"}}
	i := slices.IndexFunc(tasks, func(t Task) bool { return t.ID == 1 })
	fmt.Println("task 1 at", i, tasks[i].Name)
	tasks = slices.DeleteFunc(tasks, func(t Task) bool { return t.ID > 2 })
	fmt.Printf("%+v\n", tasks)

	grown := slices.Grow([]int{1, 2}, 10)
	fmt.Println(len(grown), cap(grown) >= 12)
	clipped := slices.Clip(grown)
	fmt.Println(len(clipped), cap(clipped))

	a := []int{1, 2, 3}
	b := slices.Clone(a)
	b[0] = 99
	fmt.Println(a, b, slices.Equal(a, b))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 0}, []int{1, 2}))

	words := []string{"a", "a", "b", "b", "b", "a"}
	fmt.Println(slices.Compact(words))
	nums := []int{10, 11, 20, 21, 30}
	nums = slices.CompactFunc(nums, func(x, y int) bool { return x/10 == y/10 })
	fmt.Println(nums)
}
