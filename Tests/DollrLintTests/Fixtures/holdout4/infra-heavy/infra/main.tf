terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
}

variable "dollr_client_secret" {
  description = "Dollr API client secret, passed with TF_VAR_dollr_client_secret"
  type        = string
  sensitive   = true
}

variable "dollr_client_id" {
  type    = string
  default = "mrc_5120_9ad3e2"
}

resource "aws_secretsmanager_secret" "dollr" {
  name = "feedmill/dollr"
}

resource "aws_secretsmanager_secret_version" "dollr" {
  secret_id     = aws_secretsmanager_secret.dollr.id
  secret_string = jsonencode({ client_id = var.dollr_client_id, client_secret = var.dollr_client_secret })
}
