package dollr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

type Client struct {
	baseURL      string
	clientID     string
	clientSecret string
	http         *http.Client

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

func New(baseURL, clientID, clientSecret string) *Client {
	return &Client{
		baseURL:      baseURL,
		clientID:     clientID,
		clientSecret: clientSecret,
		http:         &http.Client{Timeout: 15 * time.Second},
	}
}

type CollectRequest struct {
	SessionID        string `json:"session_id"`
	PaymentAccountID string `json:"payment_account_id"`
	Currency         string `json:"currency"`
	ReferenceID      string `json:"reference_id"`
}

type Execution struct {
	Status      string `json:"status"`
	ReferenceID string `json:"reference_id"`
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiresAt) > 5*time.Minute {
		return c.token, nil
	}
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	creds := map[string]string{"client_id": c.clientID, "client_secret": c.clientSecret}
	if err := c.do(ctx, http.MethodPost, tokenPath, "", creds, &tok); err != nil {
		return "", err
	}
	c.token = tok.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Minute)
	return c.token, nil
}

func (c *Client) ExecuteCollection(ctx context.Context, req CollectRequest) (*Execution, error) {
	token, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	var out Execution
	return &out, c.do(ctx, http.MethodPost, collectionPath, token, req, &out)
}

func (c *Client) Status(ctx context.Context, op, referenceID string) (*Execution, error) {
	token, err := c.accessToken(ctx)
	if err != nil {
		return nil, err
	}
	var out Execution
	return &out, c.do(ctx, http.MethodGet, fmt.Sprintf(statusPathFmt, op, referenceID), token, nil, &out)
}

func (c *Client) do(ctx context.Context, method, path, token string, body, out any) error {
	var payload bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&payload).Encode(body); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, &payload)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return &StatusError{Code: res.StatusCode}
	}
	return json.NewDecoder(res.Body).Decode(out)
}

type StatusError struct{ Code int }

func (e *StatusError) Error() string { return fmt.Sprintf("dollr: HTTP %d", e.Code) }
