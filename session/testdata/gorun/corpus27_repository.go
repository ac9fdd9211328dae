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

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate email")

type UserRepository interface {
	Create(u User) (User, error)
	Get(id int) (User, error)
	FindByEmail(email string) (User, error)
	List() []User
	Delete(id int) error
}

type memoryRepo struct {
	mu     sync.RWMutex
	nextID int
	users  map[int]User
}

func NewMemoryRepo() UserRepository {
	return &memoryRepo{nextID: 1, users: make(map[int]User)}
}

func (r *memoryRepo) Create(u User) (User, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, x := range r.users {
		if x.Email == u.Email {
			return User{}, fmt.Errorf("create %q: %w", u.Email, ErrDuplicate)
		}
	}
	u.ID = r.nextID
	r.nextID++
	r.users[u.ID] = u
	return u, nil
}

func (r *memoryRepo) Get(id int) (User, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	u, ok := r.users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func (r *memoryRepo) FindByEmail(email string) (User, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, u := range r.users {
		if u.Email == email {
			return u, nil
		}
	}
	return User{}, ErrNotFound
}

func (r *memoryRepo) List() []User {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]User, 0, len(r.users))
	for _, u := range r.users {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (r *memoryRepo) Delete(id int) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.users[id]; !ok {
		return ErrNotFound
	}
	delete(r.users, id)
	return nil
}

type UserService struct{ repo UserRepository }

func (s UserService) Register(name, email string) {
	u, err := s.repo.Create(User{Name: name, Email: email})
	if err != nil {
		fmt.Println("register failed:", err, errors.Is(err, ErrDuplicate))
		return
	}
	fmt.Printf("registered %+v\n", u)
}

func main() {
	svc := UserService{repo: NewMemoryRepo()}
	svc.Register("Ann", "ann@example.com")
	svc.Register("Bob", "bob@example.com")
	svc.Register("Ann2", "ann@example.com")
	svc.Register("Cid", "cid@example.com")

	if err := svc.repo.Delete(2); err != nil {
		fmt.Println(err)
	}
	_, err := svc.repo.Get(2)
	fmt.Println(err, errors.Is(err, ErrNotFound))
	u, _ := svc.repo.FindByEmail("cid@example.com")
	fmt.Println(u.Name, u.ID)
	fmt.Printf("%v\n", svc.repo.List())
}
