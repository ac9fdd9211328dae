package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type User struct {
	ID    int
	Name  string
	Email string
}

var (
	ErrNotFound  = errors.New("not found")
	ErrDuplicate = errors.New("duplicate email")
)

type UserRepository interface {
	Create(u User) (User, error)
	Get(id int) (User, error)
	Update(u User) error
	Delete(id int) error
	List() []User
}

type memoryRepo struct {
	mu     sync.RWMutex
	nextID int
	byID   map[int]User
}

func NewMemoryRepo() UserRepository {
	return &memoryRepo{byID: make(map[int]User)}
}

func (r *memoryRepo) Create(u User) (User, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, existing := range r.byID {
		if existing.Email == u.Email {
			return User{}, fmt.Errorf("create %s: %w", u.Email, ErrDuplicate)
		}
	}
	r.nextID++
	u.ID = r.nextID
	r.byID[u.ID] = u
	return u, nil
}

func (r *memoryRepo) Get(id int) (User, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	u, ok := r.byID[id]
	if !ok {
		return User{}, fmt.Errorf("get user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func (r *memoryRepo) Update(u User) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.byID[u.ID]; !ok {
		return fmt.Errorf("update user %d: %w", u.ID, ErrNotFound)
	}
	r.byID[u.ID] = u
	return nil
}

func (r *memoryRepo) Delete(id int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.byID[id]; !ok {
		return fmt.Errorf("delete user %d: %w", id, ErrNotFound)
	}
	delete(r.byID, id)
	return nil
}

func (r *memoryRepo) List() []User {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]User, 0, len(r.byID))
	for _, u := range r.byID {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

type UserService struct{ repo UserRepository }

func (s UserService) Rename(id int, name string) error {
	u, err := s.repo.Get(id)
	if err != nil {
		return err
	}
	u.Name = name
	return s.repo.Update(u)
}

func main() {
	repo := NewMemoryRepo()
	for _, u := range []User{{Name: "Ann", Email: "ann@x.io"}, {Name: "Bob", Email: "bob@x.io"}, {Name: "Ann2", Email: "ann@x.io"}, {Name: "Cy", Email: "cy@x.io"}} {
		created, err := repo.Create(u)
		fmt.Printf("%+v %v\n", created, err)
	}
	svc := UserService{repo}
	fmt.Println(svc.Rename(2, "Robert"))
	err := svc.Rename(9, "Nobody")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(repo.Delete(1), repo.Delete(1))
	for _, u := range repo.List() {
		fmt.Printf("%d %s <%s>\n", u.ID, u.Name, u.Email)
	}
}
