// publish is run by hand once per billing run: it takes one token and publishes one invoice.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: publish <invoice-id>")
	}
	base := os.Getenv("DOLLR_BASE_URL")
	httpClient := &http.Client{Timeout: 30 * time.Second}

	creds, _ := json.Marshal(map[string]string{
		"client_id":     os.Getenv("DOLLR_CLIENT_ID"),
		"client_secret": os.Getenv("DOLLR_CLIENT_SECRET"),
	})
	res, err := httpClient.Post(base+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(creds))
	if err != nil {
		log.Fatal(err)
	}
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(res.Body).Decode(&tok); err != nil {
		log.Fatal(err)
	}
	res.Body.Close()

	req, _ := http.NewRequest(http.MethodPut, fmt.Sprintf("%s/v1/invoices/publish/%s", base, os.Args[1]), nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	out, err := httpClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer out.Body.Close()
	fmt.Println("publish:", out.Status)
}
