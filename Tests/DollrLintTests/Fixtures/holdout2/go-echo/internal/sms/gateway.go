package sms

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Gateway sends payment receipts by SMS through the co-op's own gateway box on
// the office LAN. It has a self-signed certificate, so verification is off for
// this client only; the Dollr client (internal/dollr) uses default TLS settings.
type Gateway struct {
	BaseURL string
	http    *http.Client
}

func NewGateway(baseURL string) *Gateway {
	return &Gateway{
		BaseURL: baseURL,
		http: &http.Client{
			Timeout: 10 * time.Second,
			Transport: &http.Transport{
				TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // sms-gw.sanniquellie.lan only
			},
		},
	}
}

func (g *Gateway) Send(to, text string) error {
	body, err := json.Marshal(map[string]string{"to": to, "text": text})
	if err != nil {
		return err
	}
	res, err := g.http.Post(g.BaseURL+"/api/send", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("sms gateway: %s", res.Status)
	}
	return nil
}
