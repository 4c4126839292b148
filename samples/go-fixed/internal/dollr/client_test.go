package dollr

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Fake credentials against a local test server; nothing here reaches Dollr.
func TestTokenIsCachedForExpiresInMinutes(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.URL.Path != "/v1/jwt/client/obtain/token" {
			t.Errorf("unexpected path %s", r.URL.Path)
		}
		var body map[string]string
		_ = json.NewDecoder(r.Body).Decode(&body)
		if body["client_secret"] != "test-secret" {
			t.Errorf("client_secret = %q", body["client_secret"])
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"fake-token","expires_in":60}`))
	}))
	defer srv.Close()

	c := New(srv.URL, "test-client", "test-secret", srv.Client())
	for i := 0; i < 2; i++ {
		tok, err := c.Token(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if tok != "fake-token" {
			t.Fatalf("token = %q", tok)
		}
	}
	if calls != 1 {
		t.Fatalf("token endpoint called %d times, want 1", calls)
	}
}

func TestMask(t *testing.T) {
	if got := mask("fake-token"); got != "fake-t…" {
		t.Fatalf("mask = %q", got)
	}
}
