package main

import "fmt"

const (
	spanish = "Spanish"
	french  = "French"

	englishHelloPrefix = "Hello, "
	spanishHelloPrefix = "Hola, "
	frenchHelloPrefix  = "Bonjour, "
)

func Hello(name, language string) string {
	if name == "" {
		name = "World"
	}
	return greetingPrefix(language) + name
}

func greetingPrefix(language string) (prefix string) {
	switch language {
	case french:
		prefix = frenchHelloPrefix
	case spanish:
		prefix = spanishHelloPrefix
	default:
		prefix = englishHelloPrefix
	}
	return
}

func assertCorrectMessage(name, got, want string) {
	if got != want {
		fmt.Printf("FAIL %s: got %q want %q\n", name, got, want)
		return
	}
	fmt.Printf("PASS %s: %q\n", name, got)
}

func main() {
	assertCorrectMessage("saying hello to people", Hello("Chris", ""), "Hello, Chris")
	assertCorrectMessage("empty string defaults to World", Hello("", ""), "Hello, World")
	assertCorrectMessage("in Spanish", Hello("Elodie", "Spanish"), "Hola, Elodie")
	assertCorrectMessage("in French", Hello("Lauren", "French"), "Bonjour, Lauren")
	assertCorrectMessage("deliberately wrong", Hello("Ann", "German"), "Hallo, Ann")
	fmt.Println(len(englishHelloPrefix), len(frenchHelloPrefix))
}
