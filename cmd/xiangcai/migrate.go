package main

import (
	"context"
	"fmt"
	"time"

	"xiangcai/migrations"
)

// migrate applies, reverts or lists migrations.
func migrate(ctx context.Context, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: xiangcai migrate up|down|status")
	}
	a, err := openApp(ctx)
	if err != nil {
		return err
	}
	defer a.close()
	m := migrations.New(a.db)
	switch args[0] {
	case "up":
		return a.migrate(ctx)
	case "down":
		reverted, ok, err := m.Down(ctx)
		if err != nil {
			return err
		}
		if !ok {
			fmt.Println("nothing to revert")
			return nil
		}
		fmt.Printf("reverted %04d %s\n", reverted.Version, reverted.Name)
		return nil
	case "status":
		states, err := m.Status(ctx)
		if err != nil {
			return err
		}
		for _, s := range states {
			applied := "pending"
			if s.Applied() {
				applied = "applied " + s.AppliedAt.Format(time.RFC3339)
			}
			fmt.Printf("%04d %-24s %s\n", s.Version, s.Name, applied)
		}
		return nil
	}
	return fmt.Errorf("unknown migrate action %q: want up, down or status", args[0])
}
