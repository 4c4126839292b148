package dollr

import (
	"crypto/tls"
	"net/http"
	"time"
)

// ruleid: insecure-transport
const legacyBaseURL = "http://api.heydollr.app"

// ok: insecure-transport
const baseURL = "https://api.heydollr.app"

// ok: insecure-transport
const mockURL = "http://localhost:4010"

func NewClient() *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			// ruleid: insecure-transport
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}

func NewStrictClient() *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			// ok: insecure-transport
			TLSClientConfig: &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12},
		},
	}
}
