// Package dollr is a small net/http client for the Dollr API.
package dollr

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sync"
	"time"
)

const defaultBaseURL = "https://api.heydollr.app"

type Client struct {
	baseURL      string
	clientID     string
	clientSecret string
	http         *http.Client

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

func NewFromEnv() *Client {
	base := os.Getenv("DOLLR_BASE_URL")
	if base == "" {
		base = defaultBaseURL
	}
	return &Client{
		baseURL:      base,
		clientID:     os.Getenv("DOLLR_CLIENT_ID"),
		clientSecret: os.Getenv("DOLLR_CLIENT_SECRET"),
		http: &http.Client{
			Timeout: 20 * time.Second,
			Transport: &http.Transport{
				// the co-op's VSAT link re-signs TLS; see ticket OPS-311
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
			},
		},
	}
}

// Token returns the cached access token, refreshing it five minutes before expiry.
func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.expiresAt) {
		return c.token, nil
	}
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"` // minutes
	}
	body := map[string]any{"client_id": c.clientID, "client_secret": c.clientSecret}
	if err := c.send(ctx, http.MethodPost, "/v1/jwt/client/obtain/token", body, "", &out); err != nil {
		return "", err
	}
	c.token = out.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(out.ExpiresIn-5) * time.Minute)
	slog.Info("dollr token refreshed", "token_len", len(out.AccessToken), "expires_in_min", out.ExpiresIn)
	return c.token, nil
}

func (c *Client) Do(ctx context.Context, method, path string, body any, out any) error {
	tok, err := c.Token(ctx)
	if err != nil {
		return err
	}
	return c.send(ctx, method, path, body, tok, out)
}

func (c *Client) send(ctx context.Context, method, path string, body any, tok string, out any) error {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		var e struct {
			Detail any `json:"detail"`
		}
		_ = json.NewDecoder(res.Body).Decode(&e)
		slog.Warn("dollr error", "method", method, "path", path, "status", res.StatusCode, "detail", e.Detail)
		return fmt.Errorf("dollr %s %s: HTTP %d", method, path, res.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(res.Body).Decode(out)
}
