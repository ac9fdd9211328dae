package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type track struct {
	Title  string
	Artist string
	Album  string
	Year   int
	Length string
}

var tracks = []*track{
	{"Go", "Delilah", "From the Roots Up", 2012, "3m38s"},
	{"Go", "Moby", "Moby", 1992, "3m37s"},
	{"Go Ahead", "Alicia Keys", "As I Am", 2007, "4m36s"},
	{"Ready 2 Go", "Martin Solveig", "Smash", 2011, "4m24s"},
}

func printTracks(tracks []*track) {
	const format = "%v\t%v\t%v\t%v\t%v\t\n"
	tw := new(tabwriter.Writer).Init(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, format, "Title", "Artist", "Album", "Year", "Length")
	fmt.Fprintf(tw, format, "-----", "------", "-----", "----", "------")
	for _, t := range tracks {
		fmt.Fprintf(tw, format, t.Title, t.Artist, t.Album, t.Year, t.Length)
	}
	tw.Flush()
}

func main() {
	printTracks(tracks)
	fmt.Println()
	w := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "x\ty\tzzzz")
	w.Flush()
}
