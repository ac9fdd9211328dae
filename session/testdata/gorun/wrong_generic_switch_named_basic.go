package main

import "fmt"

// A value of a named basic type reaches a type switch on any(v) inside a
// generic function: Go matches it to no case of the basic type.

type UserID int

type Tag int

func (t Tag) String() string { return fmt.Sprintf("tag-%d", int(t)) }

func Kind[T any](v T) string {
	switch any(v).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return fmt.Sprintf("other (%T)", v)
}

func IsInt[T any](v T) bool {
	_, ok := any(v).(int)
	return ok
}

func main() {
	fmt.Println(Kind(UserID(1)))
	fmt.Println(Kind(Tag(2)))
	fmt.Println(Kind(3))
	fmt.Println(Kind("s"))
	fmt.Println(IsInt(UserID(4)), IsInt(5), IsInt(Tag(6)))
}
