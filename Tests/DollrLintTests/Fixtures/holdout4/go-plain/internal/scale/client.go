// Package scale reads weights from the warehouse weighbridge controller.
package scale

import (
	"crypto/tls"
	"net/http"
	"time"
)

// The weighbridge controller only serves a self-signed certificate on the warehouse
// LAN (https://10.20.0.15). Verification is off for this host only; never for Dollr.
func NewClient() *http.Client {
	return &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}
