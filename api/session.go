package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai"
	"xiangcai/accounts"
)

// LoginInput is the body of POST /auth/login.
type LoginInput struct {
	Body struct {
		Login    string `json:"login" minLength:"1" maxLength:"64" doc:"username or mobile number"`
		Password string `json:"password" minLength:"1" maxLength:"128"`
		Kind     string `json:"kind,omitempty" enum:"cookie,bearer" default:"bearer" doc:"bearer returns a token for API clients; cookie sets an HTTP-only session cookie"`
	}
	UserAgent string `header:"User-Agent"`
}

// LoginOutput is a new session.
type LoginOutput struct {
	SetCookie http.Cookie `header:"Set-Cookie"`
	Body      struct {
		Token     string    `json:"token,omitempty" doc:"bearer token (kind=bearer only); send as Authorization: Bearer <token>"`
		CSRFToken string    `json:"csrf_token,omitempty" doc:"send as X-CSRF-Token on unsafe requests (kind=cookie only)"`
		ExpiresAt time.Time `json:"expires_at"`
		User      UserBody  `json:"user"`
	}
}

// credentialsInput carries whichever credential the client used.
type credentialsInput struct {
	Authorization string `header:"Authorization" doc:"Bearer <token>"`
	Cookie        string `cookie:"xiangcai_session"`
}

func (in credentialsInput) token() string {
	if bearer, ok := cutBearer(in.Authorization); ok {
		return bearer
	}
	return in.Cookie
}

// MeOutput is who is signed in.
type MeOutput struct {
	Body struct {
		User UserBody `json:"user"`
	}
}

func (s *Server) registerSession() {
	huma.Register(s.API, huma.Operation{
		OperationID: "login", Method: http.MethodPost, Path: "/auth/login", Tags: []string{"auth"},
		Summary:     "Sign in with a username or mobile number and a password",
		Description: "Failed attempts are limited per account and per address; past the limit the answer is 429.",
	}, func(ctx context.Context, in *LoginInput) (*LoginOutput, error) {
		session, token, err := s.deps.Accounts.Login(ctx, accounts.LoginInput{
			Login: in.Body.Login, Password: in.Body.Password, IP: clientIP(ctx),
			UserAgent: in.UserAgent, Kind: accounts.SessionKind(in.Body.Kind),
		})
		if err != nil {
			return nil, err
		}
		out := &LoginOutput{}
		out.Body.ExpiresAt, out.Body.User = session.ExpiresAt, userBody(session.User)
		if session.Kind == accounts.SessionCookie {
			out.SetCookie = s.httpCookie(sessionCookie, token, session.ExpiresAt)
			out.Body.CSRFToken = session.CSRFToken
		} else {
			out.Body.Token = token
		}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "logout", Method: http.MethodPost, Path: "/auth/logout", Tags: []string{"auth"},
		Summary: "Sign out: the token or cookie stops working at once", DefaultStatus: http.StatusNoContent,
		Security: authenticated,
	}, func(ctx context.Context, in *credentialsInput) (*struct {
		SetCookie http.Cookie `header:"Set-Cookie"`
	}, error) {
		if PrincipalFrom(ctx).Anonymous() {
			return nil, errSignIn()
		}
		if err := s.deps.Accounts.Logout(ctx, in.token()); err != nil {
			return nil, err
		}
		out := &struct {
			SetCookie http.Cookie `header:"Set-Cookie"`
		}{SetCookie: s.httpCookie(sessionCookie, "", time.Unix(1, 0))}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-me", Method: http.MethodGet, Path: "/me", Tags: []string{"auth"},
		Summary: "Who is signed in", Security: authenticated,
	}, func(ctx context.Context, _ *struct{}) (*MeOutput, error) {
		// The session was loaded with its user when the request was
		// authenticated; there is nothing more to read.
		session, _ := ctx.Value(sessionKey).(*accounts.Session)
		if session == nil {
			return nil, errSignIn()
		}
		out := &MeOutput{}
		out.Body.User = userBody(session.User)
		return out, nil
	})
}

// authenticated is the OpenAPI security requirement of signed-in routes.
var authenticated = []map[string][]string{{"bearer": {}}, {"cookie": {}}}

func errSignIn() error {
	return xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "请先登录", "please sign in")
}
