package dollr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Client talks to the Dollr API. It is safe for concurrent use and is shared
// by the HTTP handlers and the background poller.
type Client struct {
	baseURL      string
	clientID     string
	clientSecret string
	http         *http.Client

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

func NewClient(baseURL, clientID, clientSecret string) *Client {
	return &Client{
		baseURL:      strings.TrimRight(baseURL, "/"),
		clientID:     clientID,
		clientSecret: clientSecret,
		http: &http.Client{
			Timeout: 20 * time.Second,
			Transport: &http.Transport{
				TLSHandshakeTimeout:   5 * time.Second,
				ResponseHeaderTimeout: 15 * time.Second,
				MaxIdleConnsPerHost:   10,
			},
		},
	}
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"` // minutes
}

// APIError is a non-2xx answer from Dollr.
type APIError struct {
	StatusCode int
	Body       string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("dollr: HTTP %d: %s", e.StatusCode, e.Body)
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()

	// refresh proactively when fewer than five minutes remain
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
		return "", fmt.Errorf("dollr token: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", &APIError{StatusCode: res.StatusCode, Body: "token request rejected"}
	}

	var tr tokenResponse
	if err := json.NewDecoder(res.Body).Decode(&tr); err != nil {
		return "", fmt.Errorf("dollr token decode: %w", err)
	}
	c.token = tr.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Minute)
	return c.token, nil
}

func (c *Client) invalidateToken() {
	c.mu.Lock()
	c.token = ""
	c.mu.Unlock()
}

// do sends one API request.
//
// A 401 is answered with a single token refresh and replay: Dollr rejected the
// request before doing anything with it. A 429 is replayed after the
// Retry-After delay, at most twice. Every other error goes back to the caller.
func (c *Client) do(ctx context.Context, method, path string, payload any, out any) error {
	var raw []byte
	if payload != nil {
		var err error
		if raw, err = json.Marshal(payload); err != nil {
			return err
		}
	}

	refreshed := false
	throttled := 0
	for {
		token, err := c.accessToken(ctx)
		if err != nil {
			return err
		}
		req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(raw))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")

		res, err := c.http.Do(req)
		if err != nil {
			return err
		}
		data, _ := io.ReadAll(io.LimitReader(res.Body, 1<<20))
		res.Body.Close()

		switch {
		case res.StatusCode == http.StatusUnauthorized && !refreshed:
			refreshed = true
			c.invalidateToken()
			continue
		case res.StatusCode == http.StatusTooManyRequests && throttled < 2:
			throttled++
			wait := retryAfter(res.Header.Get("Retry-After"), 2*time.Second)
			select {
			case <-time.After(wait):
			case <-ctx.Done():
				return ctx.Err()
			}
			continue
		case res.StatusCode >= 400:
			return &APIError{StatusCode: res.StatusCode, Body: string(data)}
		}

		if out == nil {
			return nil
		}
		return json.Unmarshal(data, out)
	}
}

func retryAfter(header string, fallback time.Duration) time.Duration {
	header = strings.TrimSpace(header)
	if secs, err := strconv.Atoi(header); err == nil && secs >= 0 {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(header); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return fallback
}
