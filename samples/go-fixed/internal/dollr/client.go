// Package dollr is a small client for the Dollr payments API (https://docs.heydollr.app).
package dollr

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
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

// New builds a client; tests pass an httptest server URL and its client.
func New(baseURL, clientID, clientSecret string, hc *http.Client) *Client {
	return &Client{baseURL: baseURL, clientID: clientID, clientSecret: clientSecret, http: hc}
}

// NewFromEnv reads DOLLR_CLIENT_ID and DOLLR_CLIENT_SECRET. There is no fallback
// secret: a missing variable is a startup error.
func NewFromEnv() (*Client, error) {
	id, secret := os.Getenv("DOLLR_CLIENT_ID"), os.Getenv("DOLLR_CLIENT_SECRET")
	if id == "" || secret == "" {
		return nil, errors.New("dollr: DOLLR_CLIENT_ID and DOLLR_CLIENT_SECRET must be set")
	}
	base := os.Getenv("DOLLR_BASE_URL")
	if base == "" {
		base = defaultBaseURL
	}
	hc := &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			// Certificate checks stay on. Never set InsecureSkipVerify: true here; if a
			// proxy re-signs TLS, add its CA through SSL_CERT_FILE instead.
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
		},
	}
	return New(base, id, secret, hc), nil
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"` // minutes
}

// mask keeps a short prefix so log lines can be correlated without leaking the token.
func mask(s string) string {
	if len(s) <= 6 {
		return "…"
	}
	return s[:6] + "…"
}

// Token returns a cached access token, refreshed when fewer than 5 minutes remain.
func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiresAt) > 5*time.Minute {
		return c.token, nil
	}

	body, _ := json.Marshal(map[string]string{
		"client_id":     c.clientID,
		"client_secret": c.clientSecret,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/jwt/client/obtain/token", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("dollr: token request failed: %s", res.Status)
	}

	var tok tokenResponse
	if err := json.NewDecoder(res.Body).Decode(&tok); err != nil {
		return "", err
	}
	c.token = tok.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Minute)
	log.Printf("dollr: new access token %s (valid %d min)", mask(tok.AccessToken), tok.ExpiresIn)
	return c.token, nil
}

// Do sends a JSON request to Dollr and returns the raw response body.
func (c *Client) Do(ctx context.Context, method, path string, in any) ([]byte, error) {
	token, err := c.Token(ctx)
	if err != nil {
		return nil, err
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return nil, err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	slog.Debug("dollr request", "method", method, "path", path)

	res, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	if res.StatusCode >= 300 {
		return raw, fmt.Errorf("dollr: %s %s: %s", method, path, res.Status)
	}
	return raw, nil
}
