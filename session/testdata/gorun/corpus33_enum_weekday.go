// Enum-like types with iota and String, printed through interfaces.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool {
	return d == Saturday || d == Sunday
}

func (d Weekday) Next() Weekday {
	return (d + 1) % 7
}

func main() {
	fmt.Println(Monday)
	fmt.Println(Saturday, Saturday.Weekend())
	fmt.Printf("%v %s %d %q\n", Tuesday, Tuesday, Tuesday, Tuesday)
	fmt.Printf("%+v %#v\n", Friday, Friday)
	fmt.Println(Weekday(9))

	var s fmt.Stringer = Wednesday
	fmt.Println(s, s.String())
	var anything any = Thursday
	fmt.Println(anything)
	fmt.Printf("%T\n", anything)

	days := []Weekday{Sunday, Monday, Friday}
	fmt.Println(days)
	fmt.Printf("%v\n", days)
	schedule := map[Weekday]string{Monday: "gym", Friday: "movies"}
	fmt.Println(schedule)

	d := Saturday
	for i := 0; i < 3; i++ {
		d = d.Next()
		fmt.Print(d, " ")
	}
	fmt.Println()

	for day := Sunday; day <= Saturday; day++ {
		kind := "weekday"
		if day.Weekend() {
			kind = "weekend"
		}
		fmt.Printf("%-9s %s\n", day, kind)
	}

	switch today := Weekday(3); today {
	case Saturday, Sunday:
		fmt.Println("rest")
	default:
		fmt.Println("work on", today)
	}

	type entry struct {
		Day  Weekday
		Note string
	}
	fmt.Printf("%v\n", entry{Monday, "start"})
	fmt.Printf("%+v\n", entry{Tuesday, "meeting"})
}
