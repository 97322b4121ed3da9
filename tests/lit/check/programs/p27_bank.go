// Interfaces with pointer receivers, struct embedding of a mutex, errors.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account interface {
	Deposit(amount int64)
	Withdraw(amount int64) error
	Balance() int64
}

type account struct {
	sync.RWMutex
	balance int64
	history []int64
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *account) Deposit(amount int64) {
	a.Lock()
	defer a.Unlock()
	a.balance += amount
	a.history = append(a.history, amount)
}

func (a *account) Withdraw(amount int64) error {
	a.Lock()
	defer a.Unlock()
	if amount > a.balance {
		return ErrInsufficient
	}
	a.balance -= amount
	a.history = append(a.history, -amount)
	return nil
}

func (a *account) Balance() int64 {
	a.RLock()
	defer a.RUnlock()
	return a.balance
}

func transfer(from, to Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	to.Deposit(amt)
	return nil
}

func main() {
	a, b := &account{}, &account{}
	a.Deposit(100)
	err := transfer(a, b, 150)
	fmt.Println(err, errors.Is(err, ErrInsufficient), a.Balance(), b.Balance(), len(a.history))
}
