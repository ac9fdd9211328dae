package main

import "fmt"

func number() int {
	return 15 * 5
}

func main() {
	finger := 4
	fmt.Printf("Finger %d is ", finger)
	switch finger {
	case 1:
		fmt.Println("Thumb")
	case 2:
		fmt.Println("Index")
	case 3:
		fmt.Println("Middle")
	case 4:
		fmt.Println("Ring")
	case 5:
		fmt.Println("Pinky")
	default:
		fmt.Println("incorrect finger number")
	}

	letter := "i"
	fmt.Printf("Letter %s is a ", letter)
	switch letter {
	case "a", "e", "i", "o", "u":
		fmt.Println("vowel")
	default:
		fmt.Println("not a vowel")
	}

	num := 75
	switch {
	case num >= 0 && num <= 50:
		fmt.Printf("%d is greater than 0 and less than 50\n", num)
	case num >= 51 && num <= 100:
		fmt.Printf("%d is greater than 51 and less than 100\n", num)
	case num >= 101:
		fmt.Printf("%d is greater than 100\n", num)
	}

	switch num := number(); {
	case num < 50:
		fmt.Printf("%d is lesser than 50\n", num)
		fallthrough
	case num < 100:
		fmt.Printf("%d is lesser than 100\n", num)
		fallthrough
	case num < 200:
		fmt.Printf("%d is lesser than 200\n", num)
	}

	switch n := 18; {
	case n < 0:
		break
	case n <= 100:
		fmt.Printf("%d is a positive number\n", n)
		if n%2 == 0 {
			fmt.Println("even, leaving switch")
			break
		}
		fmt.Println("never printed")
	}

randloop:
	for i := 0; i < 10; i++ {
		switch {
		case i%7 == 3:
			fmt.Println("found", i, "leaving loop")
			break randloop
		}
	}
}
