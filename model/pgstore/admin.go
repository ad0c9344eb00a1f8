package pgstore

import (
	"context"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Admin is a connection of the board's IT (a superuser, who bypasses row
// security): it registers boards and schools, creates the people's login
// roles and gives them rights. The app never holds one.
type Admin struct {
	db *gorm.DB
}

// OpenAdmin connects as the board's IT.
func OpenAdmin(ctx context.Context, url string) (*Admin, error) {
	db, err := connect(ctx, url, 2)
	if err != nil {
		return nil, err
	}
	return &Admin{db: db}, nil
}

// Close closes the connection.
func (a *Admin) Close() error {
	sqlDB, err := a.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// AddSchool registers a school (its BRIN) under a board, creating the
// board when new. Registering it again changes only its name.
func (a *Admin) AddSchool(ctx context.Context, board, school, name string) error {
	err := a.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec(`INSERT INTO balansplan.boards (board_id) VALUES (?) ON CONFLICT DO NOTHING`, board).Error; err != nil {
			return err
		}
		return tx.Exec(`INSERT INTO balansplan.schools (board_id, school_id, name) VALUES (?, ?, ?)
		                ON CONFLICT (board_id, school_id) DO UPDATE SET name = excluded.name`, board, school, name).Error
	})
	return pgError("add school", err)
}

// AddLogin creates a person's login role, a member of balansplan_app,
// when it does not exist yet. The password, when given, is sent to the
// server, which keeps only its SCRAM hash; it is never stored here.
func (a *Admin) AddLogin(ctx context.Context, name, password string) error {
	var n int64
	if err := a.db.WithContext(ctx).Raw("SELECT count(*) FROM pg_roles WHERE rolname = ?", name).Scan(&n).Error; err != nil {
		return pgError("add login", err)
	}
	if n == 0 {
		stmt := "CREATE ROLE " + quoteIdent(name) + " LOGIN IN ROLE " + RoleApp
		if password != "" {
			stmt += " PASSWORD " + quoteLiteral(password)
		}
		if err := a.db.WithContext(ctx).Exec(stmt).Error; err != nil {
			return pgError("add login", err)
		}
	}
	return nil
}

// Grant gives a person a role in a board: director and consultant for
// one school (a consultant until expires), board for the whole board,
// supervisor for one school or (school empty) the whole board.
type Grant struct {
	User    string
	Role    string
	Board   string
	School  string
	Expires time.Time
}

// AddGrant records g.
func (a *Admin) AddGrant(ctx context.Context, g Grant) error {
	var school, expires any
	if g.School != "" {
		school = g.School
	}
	if !g.Expires.IsZero() {
		expires = g.Expires
	}
	switch g.Role {
	case "director", "board", "consultant", "supervisor":
	default:
		return newError("invalid",
			fmt.Sprintf("onbekende rol %q; kies director, board, consultant of supervisor", g.Role),
			fmt.Sprintf("unknown role %q; choose director, board, consultant or supervisor", g.Role), nil)
	}
	err := a.db.WithContext(ctx).Exec(`INSERT INTO balansplan.grants (user_name, role, board_id, school_id, expires_at)
	                                  VALUES (?, ?, ?, ?, ?)`, g.User, g.Role, g.Board, school, expires).Error
	return pgError("grant", err)
}

func quoteLiteral(s string) string {
	out := []byte{'\''}
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			out = append(out, '\'')
		}
		out = append(out, s[i])
	}
	return string(append(out, '\''))
}

// Exec runs one statement as the board's IT (tests and the set-up of a
// database use it; it is not for the app).
func (a *Admin) Exec(ctx context.Context, stmt string, args ...any) error {
	return pgError("exec", a.db.WithContext(ctx).Exec(stmt, args...).Error)
}
