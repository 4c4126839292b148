package api

import (
	"encoding/json"
	"net/http"

	"example.com/shop/internal/dollr"
	"github.com/gin-gonic/gin"
)

func TokenHandler(c *gin.Context) {
	tok, err := dollr.AccessToken(c.Request.Context())
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": "dollr unavailable"})
		return
	}
	// ruleid: token-exposed-to-client
	c.JSON(http.StatusOK, gin.H{"token": tok})
}

func RawTokenHandler(w http.ResponseWriter, r *http.Request) {
	tok, _ := dollr.AccessToken(r.Context())
	w.Header().Set("Content-Type", "application/json")
	// ruleid: token-exposed-to-client
	json.NewEncoder(w).Encode(map[string]string{"access_token": tok})
}

func StatusHandler(c *gin.Context) {
	ref := c.Param("reference_id")
	st, _ := dollr.CollectionStatus(c.Request.Context(), ref)
	// ok: token-exposed-to-client
	c.JSON(http.StatusOK, gin.H{"status": st.Status, "reference_id": ref})
}
