package session

type packageDoc struct{}
