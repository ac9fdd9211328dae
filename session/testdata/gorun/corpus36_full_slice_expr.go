package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}

	s := base[2:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println("base after 2-index append:", base)

	base[4] = 4
	t := base[2:4:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 200)
	fmt.Println("base after 3-index append:", base)
	fmt.Println("t:", t, len(t), cap(t) >= 3)

	u := base[1:3:5]
	fmt.Println(u, len(u), cap(u), u[:cap(u)])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = u[:cap(u)+1]
	}()

	arr := [5]string{"a", "b", "c", "d", "e"}
	as := arr[1:3:4]
	fmt.Println(as, len(as), cap(as))
	as = append(as, "X")
	fmt.Println(arr)
	as = append(as, "Y")
	as[0] = "Z"
	fmt.Println(arr, as)

	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:3] == "")

	empty := base[8:]
	fmt.Println(empty, len(empty), cap(empty), empty == nil)
	var nilS []int
	fmt.Println(nilS[0:0] == nil, len(nilS[:]))

	stack := []int{1, 2, 3}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	stack = append(stack, 9)
	fmt.Println(top, stack)

	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue, cap(queue))

	del := []int{0, 1, 2, 3, 4}
	i := 2
	del = append(del[:i], del[i+1:]...)
	fmt.Println(del, len(del), cap(del))

	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
}
