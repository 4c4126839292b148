package dollr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

type Client struct {
	BaseURL      string
	ClientID     string
	ClientSecret string

	mu      sync.Mutex
	token   string
	expires time.Time
}

type APIError struct {
	Code       int
	RetryAfter time.Duration
}

func (e *APIError) Error() string { return fmt.Sprintf("dollr: HTTP %d", e.Code) }

func (c *Client) bearer(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expires) > 5*time.Minute {
		return c.token, nil
	}
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	body := map[string]string{"client_id": c.ClientID, "client_secret": c.ClientSecret}
	if err := c.send(ctx, http.MethodPost, EndpointToken, "", body, &tok); err != nil {
		return "", err
	}
	c.token = tok.AccessToken
	c.expires = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Second)
	return c.token, nil
}

// Call sends an authenticated request; a 429 is retried once after the Retry-After the API sent.
func (c *Client) Call(ctx context.Context, method, path string, in, out any) error {
	token, err := c.bearer(ctx)
	if err != nil {
		return err
	}
	err = c.send(ctx, method, path, token, in, out)
	if apiErr, ok := err.(*APIError); ok && apiErr.Code == http.StatusTooManyRequests && apiErr.RetryAfter > 0 {
		time.Sleep(apiErr.RetryAfter)
		err = c.send(ctx, method, path, token, in, out)
	}
	return err
}

func (c *Client) send(ctx context.Context, method, path, token string, in, out any) error {
	var buf bytes.Buffer
	if in != nil {
		if err := json.NewEncoder(&buf).Encode(in); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		seconds, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		return &APIError{Code: resp.StatusCode, RetryAfter: time.Duration(seconds) * time.Second}
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
