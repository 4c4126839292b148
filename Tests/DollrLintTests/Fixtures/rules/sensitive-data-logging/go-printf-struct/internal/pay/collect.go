package pay

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
)

type Execution struct {
	Status         string `json:"status"`
	ReferenceID    string `json:"reference_id"`
	RequiresAction bool   `json:"requires_action"`
	ClientSecret   string `json:"client_secret"`
}

func Collect(c *http.Client, headers http.Header, ref string, body map[string]string, phone string) (*Execution, error) {
	// ruleid: sensitive-data-logging
	log.Printf("payer phone %s", phone)
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, "https://api.heydollr.app/v1/executions/collection", bytes.NewReader(raw))
	req.Header = headers
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var exec Execution
	json.NewDecoder(resp.Body).Decode(&exec)
	// ruleid: sensitive-data-logging
	log.Printf("execution response: %+v", exec)
	// ok: sensitive-data-logging
	log.Printf("execution %s status %s", ref, exec.Status)
	if exec.RequiresAction {
		// ruleid: sensitive-data-logging
		log.Printf("3DS required, client_secret=%s", exec.ClientSecret)
		// ok: sensitive-data-logging
		log.Printf("3DS required for %s", ref)
	}
	return &exec, nil
}
