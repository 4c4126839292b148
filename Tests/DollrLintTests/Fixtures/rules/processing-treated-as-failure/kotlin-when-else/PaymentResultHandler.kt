package com.acme.shop

class PaymentResultHandler(private val dollr: DollrApi, private val orders: OrderRepository) {
    suspend fun onReturn(orderId: Long, referenceId: String): String {
        val status = dollr.collectionStatus(referenceId).status
        return when (status) {
            "COMPLETED" -> {
                orders.markPaid(orderId)
                "Thank you, your payment went through"
            }
            // ruleid: processing-treated-as-failure
            else -> {
                orders.markFailed(orderId)
                "Payment failed, please try again"
            }
        }
    }

    // The docs' answer: PENDING and PROCESSING keep the order pending.
    suspend fun onReturnCorrect(orderId: Long, referenceId: String): String {
        val status = dollr.collectionStatus(referenceId).status
        return when (status) {
            "COMPLETED" -> "Thank you, your payment went through"
            // ok: processing-treated-as-failure
            "FAILED" -> {
                orders.markFailed(orderId)
                "Payment failed, please try again"
            }
            // ok: processing-treated-as-failure
            else -> "Waiting for you to approve the payment on your phone"
        }
    }
}
