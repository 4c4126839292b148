package com.busline.tickets.payments

import com.busline.tickets.dollr.CollectionRequest
import com.busline.tickets.dollr.DollrClient
import io.ktor.client.plugins.HttpRequestTimeoutException
import io.ktor.client.plugins.ServerResponseException
import java.util.UUID
import kotlinx.coroutines.delay

class TicketPaymentService(
    private val dollr: DollrClient,
    private val bookings: BookingRepository,
) {
    fun newTicketCode(): String = "BL-" + UUID.randomUUID().toString().take(6).uppercase()

    suspend fun pay(booking: Booking, paymentAccountId: String): String {
        val session = dollr.createCheckoutSession(booking.dollrOrderId)
        val referenceId = UUID.randomUUID().toString()
        bookings.savePaymentReference(booking.id, referenceId, session.id.toString())

        val request = CollectionRequest(session.id.toString(), paymentAccountId, "LRD", referenceId)
        var lastError: Throwable? = null
        for (attempt in 1..3) {
            try {
                val exec = dollr.executeCollection(request)
                bookings.updatePaymentStatus(booking.id, exec.status)
                return exec.status
            } catch (e: HttpRequestTimeoutException) {
                lastError = e
            } catch (e: ServerResponseException) {
                lastError = e
            }

            // The execute may have landed before the error. Only resend when Dollr has never seen this reference.
            val seen = dollr.collectionStatus(referenceId)
            if (seen != null) {
                bookings.updatePaymentStatus(booking.id, seen.status)
                return seen.status
            }
            delay(1_000L * (1 shl attempt))
        }
        throw IllegalStateException("Dollr collection for booking ${booking.id} did not go through", lastError)
    }
}
