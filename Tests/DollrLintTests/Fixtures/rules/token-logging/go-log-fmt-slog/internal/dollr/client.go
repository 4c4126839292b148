package dollr

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
)

const baseURL = "https://api.heydollr.app"

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func Token(c *http.Client) (string, error) {
	body, _ := json.Marshal(map[string]string{
		"client_id":     os.Getenv("DOLLR_CLIENT_ID"),
		"client_secret": os.Getenv("DOLLR_CLIENT_SECRET"),
	})
	resp, err := c.Post(baseURL+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	json.NewDecoder(resp.Body).Decode(&tr)
	// ruleid: token-logging
	log.Printf("dollr token: %s", tr.AccessToken)
	// ruleid: token-logging
	slog.Info("dollr token", "token", tr.AccessToken)
	// ok: token-logging
	slog.Info("dollr token obtained", "expires_in", tr.ExpiresIn)
	// ok: token-logging
	log.Printf("dollr token obtained (%d chars)", len(tr.AccessToken))
	return tr.AccessToken, nil
}

func Do(c *http.Client, req *http.Request, token string) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+token)
	// ruleid: token-logging
	fmt.Println("Authorization:", req.Header.Get("Authorization"))
	// ruleid: token-logging
	log.Printf("request headers: %v", req.Header)
	// ok: token-logging
	log.Printf("%s %s", req.Method, req.URL.Path)
	return c.Do(req)
}
