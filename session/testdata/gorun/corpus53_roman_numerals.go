package main

import (
	"fmt"
	"strings"
)

type RomanNumeral struct {
	Value  uint16
	Symbol string
}

var allRomanNumerals = []RomanNumeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ConvertToRoman(arabic uint16) string {
	var result strings.Builder
	for _, numeral := range allRomanNumerals {
		for arabic >= numeral.Value {
			result.WriteString(numeral.Symbol)
			arabic -= numeral.Value
		}
	}
	return result.String()
}

func ConvertToArabic(roman string) uint16 {
	var arabic uint16 = 0
	for _, numeral := range allRomanNumerals {
		for strings.HasPrefix(roman, numeral.Symbol) {
			arabic += numeral.Value
			roman = strings.TrimPrefix(roman, numeral.Symbol)
		}
	}
	return arabic
}

var cases = []struct {
	Arabic uint16
	Roman  string
}{
	{Arabic: 1, Roman: "I"},
	{Arabic: 2, Roman: "II"},
	{Arabic: 4, Roman: "IV"},
	{Arabic: 9, Roman: "IX"},
	{Arabic: 14, Roman: "XIV"},
	{Arabic: 40, Roman: "XL"},
	{Arabic: 47, Roman: "XLVII"},
	{Arabic: 90, Roman: "XC"},
	{Arabic: 400, Roman: "CD"},
	{Arabic: 798, Roman: "DCCXCVIII"},
	{Arabic: 1006, Roman: "MVI"},
	{Arabic: 1984, Roman: "MCMLXXXIV"},
	{Arabic: 3999, Roman: "MMMCMXCIX"},
}

func main() {
	for _, test := range cases {
		got := ConvertToRoman(test.Arabic)
		back := ConvertToArabic(test.Roman)
		fmt.Printf("%4d -> %-10s ok=%v | %-10s -> %4d ok=%v\n", test.Arabic, got, got == test.Roman, test.Roman, back, back == test.Arabic)
	}

	// property: round trip for every value
	failures := 0
	for arabic := uint16(1); arabic < 4000; arabic++ {
		if ConvertToArabic(ConvertToRoman(arabic)) != arabic {
			failures++
		}
	}
	fmt.Println("round trip failures:", failures)
	fmt.Println(len(ConvertToRoman(3888)), ConvertToRoman(3888))
}
