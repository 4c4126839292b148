package dollr

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"go.uber.org/zap"
)

func TestTokenIsCachedAndSent(t *testing.T) {
	tokenCalls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/jwt/client/obtain/token":
			tokenCalls++
			var body map[string]string
			_ = json.NewDecoder(r.Body).Decode(&body)
			if body["client_secret"] != "test-secret" {
				t.Errorf("client_secret = %q", body["client_secret"])
			}
			_, _ = w.Write([]byte(`{"access_token":"fake-token","expires_in":60}`))
		case "/v1/status/collection/8e2f4a6c-1b3d-4e5f-a7b9-c0d1e2f3a4b5":
			if got := r.Header.Get("Authorization"); got != "Bearer fake-token" {
				t.Errorf("Authorization = %q", got)
			}
			_, _ = w.Write([]byte(`{"reference_id":"8e2f4a6c-1b3d-4e5f-a7b9-c0d1e2f3a4b5","status":"PROCESSING"}`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	c := New(srv.URL, "test-client", "test-secret", zap.NewNop())
	for i := 0; i < 2; i++ {
		var st Execution
		if err := c.Do(context.Background(), http.MethodGet, "/v1/status/collection/8e2f4a6c-1b3d-4e5f-a7b9-c0d1e2f3a4b5", nil, nil, &st); err != nil {
			t.Fatal(err)
		}
		if st.Status != "PROCESSING" {
			t.Fatalf("status = %q", st.Status)
		}
	}
	if tokenCalls != 1 {
		t.Fatalf("token fetched %d times, want 1", tokenCalls)
	}
}

func TestMask(t *testing.T) {
	if got := mask("fake-token-value"); got != "fake-t…" {
		t.Fatalf("mask = %q", got)
	}
}
