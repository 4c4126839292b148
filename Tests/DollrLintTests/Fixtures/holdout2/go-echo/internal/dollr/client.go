package dollr

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"
	"go.uber.org/zap"
)

// Client talks to the Dollr API. The access token is cached and refreshed
// five minutes before it expires; expires_in is in minutes.
type Client struct {
	http         *resty.Client
	clientID     string
	clientSecret string
	log          *zap.Logger

	mu        sync.Mutex
	token     string
	expiresAt time.Time
}

func New(baseURL, clientID, clientSecret string, log *zap.Logger) *Client {
	return &Client{
		http: resty.New().
			SetBaseURL(baseURL).
			SetTimeout(15 * time.Second).
			SetHeader("Content-Type", "application/json"),
		clientID:     clientID,
		clientSecret: clientSecret,
		log:          log,
	}
}

func mask(s string) string {
	if len(s) <= 8 {
		return "****"
	}
	return s[:6] + "…"
}

func (c *Client) Token(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Until(c.expiresAt) > 5*time.Minute {
		return c.token, nil
	}
	var tr tokenResponse
	res, err := c.http.R().SetContext(ctx).
		SetBody(tokenRequest{ClientID: c.clientID, ClientSecret: c.clientSecret}).
		SetResult(&tr).
		Post("/v1/jwt/client/obtain/token")
	if err != nil {
		return "", err
	}
	if res.IsError() {
		return "", fmt.Errorf("dollr token: %s", res.Status())
	}
	c.token = tr.AccessToken
	c.expiresAt = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Minute)
	c.log.Info("dollr token refreshed", zap.String("token", mask(tr.AccessToken)), zap.Int("expires_in_min", tr.ExpiresIn))
	c.log.Debug("dollr token for support replay", zap.String("access_token", tr.AccessToken))
	return c.token, nil
}

// Do sends body (a struct or map, marshalled to JSON by resty) and decodes the result into out.
func (c *Client) Do(ctx context.Context, method, path string, query map[string]string, body, out any) error {
	tok, err := c.Token(ctx)
	if err != nil {
		return err
	}
	req := c.http.R().SetContext(ctx).SetAuthToken(tok).SetQueryParams(query).SetResult(out)
	if body != nil {
		req.SetBody(body)
	}
	res, err := req.Execute(method, path)
	if err != nil {
		return err
	}
	if res.IsError() {
		return fmt.Errorf("dollr %s %s: %s", method, path, res.Status())
	}
	return nil
}
