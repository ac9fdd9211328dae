package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

const storyJSON = `{
  "intro": {
    "title": "The Little Blue Gopher",
    "story": ["Once upon a time...", "there was a gopher."],
    "options": [
      {"text": "Go to New York", "arc": "new-york"},
      {"text": "Go to Denver", "arc": "denver"}
    ]
  },
  "new-york": {
    "title": "Visiting New York",
    "story": ["Upon arriving in New York you meet a friend."],
    "options": [{"text": "Go home", "arc": "home"}]
  },
  "denver": {
    "title": "Adventures in Denver",
    "story": ["Mountains!"],
    "options": [{"text": "Go home", "arc": "home"}, {"text": "Go to New York", "arc": "new-york"}]
  },
  "home": {
    "title": "Home Sweet Home",
    "story": ["You made it home."],
    "options": []
  }
}`

type Story map[string]Chapter

type Chapter struct {
	Title      string   `json:"title"`
	Paragraphs []string `json:"story"`
	Options    []Option `json:"options"`
}

type Option struct {
	Text    string `json:"text"`
	Chapter string `json:"arc"`
}

func main() {
	var story Story
	if err := json.NewDecoder(strings.NewReader(storyJSON)).Decode(&story); err != nil {
		panic(err)
	}
	fmt.Println("chapters:", len(story))
	choices := []int{1, 1, 0}
	arc := "intro"
	for step := 0; ; step++ {
		ch, ok := story[arc]
		if !ok {
			fmt.Println("missing chapter", arc)
			break
		}
		fmt.Printf("== %s ==\n", ch.Title)
		for _, p := range ch.Paragraphs {
			fmt.Println("  " + p)
		}
		if len(ch.Options) == 0 {
			fmt.Println("The End.")
			break
		}
		for i, o := range ch.Options {
			fmt.Printf("  %d) %s\n", i, o.Text)
		}
		c := choices[step]
		fmt.Println("choose:", c)
		arc = ch.Options[c].Chapter
	}
}
