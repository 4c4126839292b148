package dollr

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestTokenIsCached(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.Write([]byte(`{"access_token":"fake-token","expires_in":60}`))
	}))
	defer srv.Close()

	c := &Client{baseURL: srv.URL, clientID: "test-client", clientSecret: "test-secret", http: &http.Client{Timeout: time.Second}}
	for i := 0; i < 3; i++ {
		if _, err := c.Token(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if calls != 1 {
		t.Fatalf("token endpoint called %d times, want 1", calls)
	}
}
