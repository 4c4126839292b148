package payments

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Client talks to the Dollr Open API.
type Client struct {
	BaseURL      string
	ClientID     string
	ClientSecret string
	HTTP         *http.Client

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

func New(baseURL, id, secret string) *Client {
	return &Client{
		BaseURL:      baseURL,
		ClientID:     id,
		ClientSecret: secret,
		HTTP:         &http.Client{Timeout: 20 * time.Second},
	}
}

type tokenResp struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func (c *Client) bearer() (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiresAt) > 5*time.Minute {
		return c.token, nil
	}
	body, _ := json.Marshal(map[string]string{"client_id": c.ClientID, "client_secret": c.ClientSecret})
	resp, err := c.HTTP.Post(c.BaseURL+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr tokenResp
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	c.token = tr.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Minute)
	return c.token, nil
}

// Do sends a JSON request. GETs that hit 429 wait for Retry-After once.
func (c *Client) Do(method, path string, in any) (*http.Response, error) {
	tok, err := c.bearer()
	if err != nil {
		return nil, err
	}
	var buf []byte
	if in != nil {
		buf, _ = json.Marshal(in)
	}
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequest(method, c.BaseURL+path, bytes.NewReader(buf))
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.HTTP.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusTooManyRequests && method == http.MethodGet && attempt < 2 {
			wait, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			resp.Body.Close()
			time.Sleep(time.Duration(wait+1) * time.Second)
			continue
		}
		return resp, nil
	}
}

func (c *Client) Execute(op string, body map[string]any) (*http.Response, error) {
	return c.Do(http.MethodPost, fmt.Sprintf("/v1/executions/%s", op), body)
}

func (c *Client) Status(op, ref string) (*http.Response, error) {
	return c.Do(http.MethodGet, fmt.Sprintf("/v1/status/%s/%s", op, ref), nil)
}
